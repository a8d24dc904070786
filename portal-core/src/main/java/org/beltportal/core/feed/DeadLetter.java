package org.beltportal.core.feed;

import java.time.Instant;

/**
 * A product whose search document the cluster refused (decision 0054): the cluster's reason as it gave it, and when
 * it last refused it.
 */
public record DeadLetter(long productId, String reason, Instant failedAt) {
}
