package org.beltportal.core.user;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A new user as the platform admin creates it; the tenant in each grant is a slug. {@code email} is optional:
 * where inquiry notifications and password-reset links go.
 */
public record UserDraft(String username, String password, String email, List<GrantDraft> grants) {

    public UserDraft {
        grants = grants == null ? List.of() : List.copyOf(grants);
    }

    /**
     * {@code tenant} is null (or absent) only for platform_admin and regional_admin; {@code region} is the node's
     * code for regional_admin and absent for every other role (left out of JSON when null, so belt grants read as
     * they always did).
     */
    public record GrantDraft(String tenant, Role role, @JsonInclude(JsonInclude.Include.NON_NULL) String region) {

        public GrantDraft(String tenant, Role role) {
            this(tenant, role, null);
        }
    }
}
