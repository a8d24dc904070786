package org.beltportal.core.feed;

import org.beltportal.core.tenant.TenantId;

/**
 * Published on every node, on the feed's thread, once a feed row is applied there (the index already updated):
 * whatever caches what the belt's visitors see (belt settings, rendered pages) drops its copy. The node that
 * made the change invalidated at its commit already; this is how every other node learns of it.
 *
 * @param bulk whether the row names several products or suppliers at once (an import batch, a bulk action), which a
 *             cache of rendered pages may take in a little later, with the next ones (decision 0052)
 */
public record ChangeArrived(TenantId tenantId, ChangeKind kind, boolean bulk) {
}
