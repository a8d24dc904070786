package org.beltportal.admin.console.catalogue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.beltportal.core.supplier.Capability;
import org.beltportal.core.supplier.CreditRating;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierDraft;
import org.beltportal.core.system.InvalidInputException;
import org.springframework.util.MultiValueMap;

/**
 * The supplier form as typed: text as it came, so a page with problems shows it again. {@link #draft} turns it into
 * the service's draft; what cannot be read as a number or a choice is a problem of its own field, and the service's
 * rules do the rest.
 */
public record SupplierForm(String name, String code, String creditRating, boolean verified, List<String> capabilities,
                           String yearsActive, String location, String employees, String factoryArea, String description,
                           String contactEmail, String shopUrl) {

    public SupplierForm {
        capabilities = List.copyOf(capabilities);
    }

    static SupplierForm empty() {
        return new SupplierForm("", "", "", false, List.of(), "", "", "", "", "", "", "");
    }

    static SupplierForm of(Supplier supplier) {
        return new SupplierForm(supplier.name(), text(supplier.code()), supplier.creditRating().code(), supplier.verified(),
                supplier.capabilities().stream().map(Capability::code).sorted().toList(), Integer.toString(supplier.yearsActive()),
                text(supplier.location()), number(supplier.employees()), number(supplier.factoryArea()), text(supplier.description()),
                text(supplier.contactEmail()), text(supplier.shopUrl()));
    }

    static SupplierForm of(MultiValueMap<String, String> posted) {
        return new SupplierForm(Posted.text(posted, "name"), Posted.text(posted, "code"), Posted.text(posted, "creditRating"),
                posted.containsKey("verified"), Posted.all(posted, "capabilities"), Posted.text(posted, "yearsActive"),
                Posted.text(posted, "location"), Posted.text(posted, "employees"), Posted.text(posted, "factoryArea"),
                Posted.text(posted, "description"), Posted.text(posted, "contactEmail"), Posted.text(posted, "shopUrl"));
    }

    /** The draft to save, or null when {@code errors} got a field the service could not even be asked about. */
    SupplierDraft draft(FormErrors errors) {
        CreditRating rating = null;
        try {
            rating = creditRating.isBlank() ? null : CreditRating.fromCode(creditRating);
        } catch (InvalidInputException unknown) {
            errors.addAll(unknown.problems());
        }
        Set<Capability> chosen = EnumSet.noneOf(Capability.class);
        try {
            capabilities.forEach(code -> chosen.add(Capability.fromCode(code)));
        } catch (InvalidInputException unknown) {
            errors.addAll(unknown.problems());
        }
        Integer years = Posted.whole(yearsActive, "yearsActive", errors);
        Integer staff = Posted.whole(employees, "employees", errors);
        Integer area = Posted.whole(factoryArea, "factoryArea", errors);
        return errors.isEmpty()
                ? new SupplierDraft(name, rating, verified, years, location, chosen, staff, area, description, code, contactEmail,
                        shopUrl)
                : null;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }
}
