package org.beltportal.core.user;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An admin user with the grants loaded. The password hash never leaves the server. */
public record User(
        long id,
        String username,
        @JsonIgnore String passwordHash,
        boolean enabled,
        Instant createdAt,
        List<RoleGrant> grants) {

    public User {
        grants = grants == null ? List.of() : List.copyOf(grants);
    }

    /** As the mapper reads a user: grants come from their own table, see {@link #withGrants}. */
    public User(long id, String username, String passwordHash, boolean enabled, Instant createdAt) {
        this(id, username, passwordHash, enabled, createdAt, List.of());
    }

    User withGrants(List<RoleGrant> loaded) {
        return new User(id, username, passwordHash, enabled, createdAt, loaded);
    }
}
