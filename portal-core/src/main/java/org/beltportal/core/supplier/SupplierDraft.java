package org.beltportal.core.supplier;

import java.util.Set;
import java.util.regex.Pattern;

import org.beltportal.core.system.EmailAddresses;
import org.beltportal.core.system.MarketplaceUrls;
import org.beltportal.core.system.Problems;

/**
 * A supplier as an operator enters it, for create and update; {@code code} is optional and unique in the belt,
 * {@code contactEmail} and {@code shopUrl} (its marketplace shop) optional.
 */
public record SupplierDraft(
        String name,
        CreditRating creditRating,
        Boolean verified,
        Integer yearsActive,
        String location,
        Set<Capability> capabilities,
        Integer employees,
        Integer factoryArea,
        String description,
        String code,
        String contactEmail,
        String shopUrl) {

    /** What a code may hold: the characters of a SKU, so it survives a CSV cell and a URL unchanged. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    /** A draft without the field of V15 (the marketplace shop). */
    public SupplierDraft(String name, CreditRating creditRating, Boolean verified, Integer yearsActive, String location,
                         Set<Capability> capabilities, Integer employees, Integer factoryArea, String description,
                         String code, String contactEmail) {
        this(name, creditRating, verified, yearsActive, location, capabilities, employees, factoryArea, description, code,
                contactEmail, null);
    }

    public SupplierDraft {
        capabilities = capabilities == null ? Set.of() : Set.copyOf(capabilities);
    }

    void validate(Problems problems) {
        problems.text(name, "name", 200, true)
                .require(creditRating != null, "creditRating", "is required")
                .require(yearsActive == null || (yearsActive >= 0 && yearsActive <= 100), "yearsActive", "must be 0 to 100")
                .text(location, "location", 200, false)
                .require(employees == null || employees >= 0, "employees", "must not be negative")
                .require(factoryArea == null || factoryArea >= 0, "factoryArea", "must not be negative")
                .text(description, "description", 4000, false)
                .text(code, "code", 64, false)
                .matches(code == null || code.isBlank() ? null : code.strip(), CODE, "code", "letters, digits and . _ / - only")
                .require(contactEmail == null || contactEmail.isBlank() || EmailAddresses.isValid(contactEmail.strip()),
                        "contactEmail", "must be an email address such as sales@example.com")
                .require(MarketplaceUrls.isAbsentOrValid(shopUrl), "shopUrl", MarketplaceUrls.RULE);
    }
}
