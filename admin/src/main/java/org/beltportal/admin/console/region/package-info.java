/** The console's region pages: the tree a caller may see, and one node's belts with their key figures. */
package org.beltportal.admin.console.region;
