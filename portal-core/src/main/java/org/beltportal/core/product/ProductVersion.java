package org.beltportal.core.product;

import java.time.Instant;

/** When a product row was last written: enough to tell whether a copy held in memory is still current. */
public record ProductVersion(long id, Instant updatedAt) {
}
