/** The region feature's mappers. */
package org.beltportal.core.region.internal;
