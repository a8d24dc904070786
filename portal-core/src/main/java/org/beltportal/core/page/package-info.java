/** News items and static pages of a portal: drafts, scheduled publication, sanitised HTML bodies. */
package org.beltportal.core.page;
