package org.beltportal.core.user;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.beltportal.core.system.InvalidInputException;

/**
 * Roles are granted per tenant, except platform_admin, which holds for every tenant, and regional_admin, which is
 * granted on a region node and acts as region operator on every belt under it (decision 0040).
 */
public enum Role {
    PLATFORM_ADMIN, REGIONAL_ADMIN, REGION_OPERATOR, CAMPAIGN_MANAGER, EDITOR;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw InvalidInputException.of("role", "must be platform_admin, regional_admin, region_operator, campaign_manager or editor");
    }
}
