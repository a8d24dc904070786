package org.beltportal.core.feed;

import org.beltportal.core.tenant.TenantId;

/**
 * Published on every node, on the feed's thread, once a feed row is applied there (the index already updated):
 * whatever caches what the belt's visitors see (belt settings, rendered pages) drops its copy. The node that
 * made the change invalidated at its commit already; this is how every other node learns of it.
 */
public record ChangeArrived(TenantId tenantId, ChangeKind kind) {
}
