package org.beltportal.core.tenant;

import java.io.Serializable;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of a tenant. A type of its own so that it can never be passed where another id is meant. Serializable:
 * grants kept in a console session hold it (decision 0044).
 */
public record TenantId(@JsonValue long value) implements Serializable {

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
