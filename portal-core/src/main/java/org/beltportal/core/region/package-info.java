/**
 * The region tree above belts (province, city, county, keyed by administrative division code): which belts lie
 * under a node, their key figures, and who holds the regional admin role on which node (decision 0040).
 */
package org.beltportal.core.region;
