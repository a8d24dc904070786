/** How suppliers appear on portal pages: name, credit rating, the verified badge and what they offer. */
package org.beltportal.themes.supplier;
