/** The console's search settings: a belt's synonym sets (list, add, edit, delete) and re-indexing the belt with its progress. */
package org.beltportal.admin.console.search;
