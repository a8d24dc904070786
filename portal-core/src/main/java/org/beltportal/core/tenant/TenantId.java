package org.beltportal.core.tenant;

import com.fasterxml.jackson.annotation.JsonValue;

/** The id of a tenant. A type of its own so that it can never be passed where another id is meant. */
public record TenantId(@JsonValue long value) {

    public TenantId {
        if (value <= 0) {
            throw new IllegalArgumentException("tenant id must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
