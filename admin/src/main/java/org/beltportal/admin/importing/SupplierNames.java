package org.beltportal.admin.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.TenantId;

/**
 * The suppliers an import batch names in its {@code supplier} column, looked up in one query. A value is
 * first a supplier's code (unique in the belt), then its name; a name several suppliers share is not
 * guessed at: the row is refused with their ids, so the operator gives the code or the id instead.
 * Names and codes compare ignoring case, as the database does.
 */
final class SupplierNames {

    private static final int SHOWN_IDS = 5;
    private static final int MAX_NAME = 200;

    private final Map<String, Supplier> byCode = new HashMap<>();
    private final Map<String, List<Supplier>> byName = new HashMap<>();

    private SupplierNames(List<Supplier> found) {
        for (Supplier supplier : found) {
            if (supplier.code() != null) {
                byCode.put(key(supplier.code()), supplier);
            }
            byName.computeIfAbsent(key(supplier.name()), k -> new ArrayList<>()).add(supplier);
        }
    }

    /** Values longer than a name may be cannot match one, and are not sent to the database. */
    static SupplierNames lookUp(SupplierService suppliers, TenantId tenantId, Collection<String> values) {
        return new SupplierNames(suppliers.byCodesOrNames(tenantId,
                values.stream().filter(value -> value.length() <= MAX_NAME).distinct().toList()));
    }

    /** The supplier's id, or empty with {@link #problem} saying why there is none. */
    Optional<Long> id(String value) {
        Supplier coded = byCode.get(key(value));
        if (coded != null) {
            return Optional.of(coded.id());
        }
        List<Supplier> named = byName.getOrDefault(key(value), List.of());
        return named.size() == 1 ? Optional.of(named.getFirst().id()) : Optional.empty();
    }

    String problem(String value) {
        List<Supplier> named = byName.getOrDefault(key(value), List.of());
        if (named.isEmpty()) {
            return "no supplier with code or name '" + Shown.value(value) + "' in this portal";
        }
        List<String> ids = named.stream().limit(SHOWN_IDS).map(s -> Long.toString(s.id())).toList();
        return "'" + Shown.value(value) + "' is the name of " + named.size() + " suppliers (ids " + String.join(", ", ids)
                + (named.size() > SHOWN_IDS ? ", ..." : "") + "): give the supplier's code or supplierId instead";
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
