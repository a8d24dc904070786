/** The platform's own front page: every active belt, with links to reach it locally. */
package org.beltportal.themes.platform;
