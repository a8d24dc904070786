/** The admin API of the region tree: the nodes a caller may see, a node's belts with key figures, its admins. */
package org.beltportal.admin.region;
