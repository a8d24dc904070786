package org.beltportal.search.query;

import java.util.Objects;
import java.util.Set;

import org.beltportal.core.tenant.TenantId;

/** Whose products a search may see. There is no default: every call names one tenant or the nation. */
public sealed interface SearchScope {

    static SearchScope tenant(TenantId tenantId) {
        return new OneTenant(tenantId);
    }

    /** One belt's products: the only scope buyers on a portal ever get. */
    record OneTenant(TenantId tenantId) implements SearchScope {
        public OneTenant {
            Objects.requireNonNull(tenantId, "tenantId");
        }
    }

    /** The platform's explicit cross-belt view; the caller lists the tenants it covers (the active ones). */
    record National(Set<TenantId> tenantIds) implements SearchScope {
        public National {
            tenantIds = Set.copyOf(tenantIds);
        }
    }
}
