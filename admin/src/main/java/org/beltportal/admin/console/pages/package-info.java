/** The console's news and pages: list, editor with a preview of the real article page, scheduled publication, delete. */
package org.beltportal.admin.console.pages;
