package org.beltportal.core.product;

import java.time.Instant;

/** When a product row was last written: enough to tell whether a copy held in memory is still current. */
record ProductVersion(long id, Instant updatedAt) {
}
