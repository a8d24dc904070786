package org.beltportal.core.user;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.beltportal.core.tenant.TenantId;

/**
 * An admin user with the grants loaded. The password hash never leaves the server. {@code email}, optional,
 * is where inquiry notifications and password-reset links go.
 */
public record User(
        long id,
        String username,
        String email,
        @JsonIgnore String passwordHash,
        boolean enabled,
        Instant createdAt,
        List<RoleGrant> grants,
        @JsonIgnore List<TenantId> regionBelts) {

    public User {
        grants = grants == null ? List.of() : List.copyOf(grants);
        regionBelts = regionBelts == null ? List.of() : List.copyOf(regionBelts);
    }

    /**
     * A user with grants, none of them regional. {@code regionBelts} are the belts under the nodes of the user's
     * regional_admin grants, as the store had them when the user was read (decision 0040).
     */
    public User(long id, String username, String email, String passwordHash, boolean enabled, Instant createdAt,
                List<RoleGrant> grants) {
        this(id, username, email, passwordHash, enabled, createdAt, grants, List.of());
    }

    /** As the mapper reads a user: grants come from their own table, see {@link #withGrants}. */
    public User(long id, String username, String email, String passwordHash, boolean enabled, Instant createdAt) {
        this(id, username, email, passwordHash, enabled, createdAt, List.of());
    }

    /** A user without an email address. */
    public User(long id, String username, String passwordHash, boolean enabled, Instant createdAt, List<RoleGrant> grants) {
        this(id, username, null, passwordHash, enabled, createdAt, grants);
    }

    /** A user without an email address or grants. */
    public User(long id, String username, String passwordHash, boolean enabled, Instant createdAt) {
        this(id, username, null, passwordHash, enabled, createdAt, List.of());
    }

    /**
     * Changes whenever the password does (every bcrypt hash has its own salt): a console session remembers
     * the stamp it was opened with and ends once it no longer matches. Derived, so it needs no column.
     */
    @JsonIgnore
    public String credentialStamp() {
        return Sha256.hex(passwordHash).substring(0, 32);
    }

    User withGrants(List<RoleGrant> loaded, List<TenantId> beltsUnderRegions) {
        return new User(id, username, email, passwordHash, enabled, createdAt, loaded, beltsUnderRegions);
    }
}
