/** The console's branding editor: logo, hero images, colours, site names and footer, with a preview of the real home page. */
package org.beltportal.admin.console.branding;
