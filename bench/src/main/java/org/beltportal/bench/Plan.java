package org.beltportal.bench;

import java.util.ArrayList;
import java.util.List;

import org.beltportal.bench.Vocabulary.Family;
import org.beltportal.bench.Vocabulary.Leaf;
import org.beltportal.bench.Vocabulary.Place;

/**
 * The shape of the generated catalogue, computed from (products, tenants, seed) alone so that the load
 * driver knows every tenant, its size and its categories without reading the database.
 * <p>
 * Tenant sizes follow a Zipf curve (exponent {@value #ZIPF}): at 1M products over 100 tenants the
 * largest belt (Yiwu) has about 12% of all products (~120k), the fifth ~34k and the smallest ~3k, the
 * way a few famous belts dwarf the long tail. Ids are assigned here: tenants 1..T, then categories and
 * suppliers tenant by tenant; product ids are interleaved across tenants by the generator.
 */
final class Plan {

    static final double ZIPF = 0.8;
    static final int PRODUCTS_PER_SUPPLIER = 40;

    record TenantPlan(long id, String slug, Place place, Family family, int products, long firstSupplierId,
                      int suppliers, List<Category> categories) {

        String name() {
            return place.zh() + family.top() + "产业带";
        }

        List<Category> leaves() {
            return categories.stream().filter(Category::leaf).toList();
        }
    }

    record Category(long id, Long parentId, String name, String path, int position, boolean leaf, Leaf vocabulary) {
    }

    final long seed;
    final int totalProducts;
    final List<TenantPlan> tenants;
    /** Every belt the same size (the thousand-belt benchmark) instead of the Zipf curve. */
    final boolean even;

    Plan(long seed, int totalProducts, int tenantCount) {
        this(seed, totalProducts, tenantCount, false);
    }

    Plan(long seed, int totalProducts, int tenantCount, boolean even) {
        if (tenantCount < 1 || totalProducts < tenantCount * 10) {
            throw new IllegalArgumentException("need at least 10 products per tenant");
        }
        this.seed = seed;
        this.totalProducts = totalProducts;
        this.even = even;
        int[] sizes = even ? evenSizes(totalProducts, tenantCount) : sizes(totalProducts, tenantCount);
        List<TenantPlan> plans = new ArrayList<>();
        long categoryId = 1;
        long supplierId = 1;
        for (int i = 0; i < tenantCount; i++) {
            Place place = Vocabulary.PLACES.get(i % Vocabulary.PLACES.size());
            String slug = i < Vocabulary.PLACES.size() ? place.slug() : place.slug() + "-" + (i / Vocabulary.PLACES.size() + 1);
            List<Category> categories = new ArrayList<>();
            categoryId = categories(place.family(), categoryId, categories);
            int suppliers = Math.max(3, sizes[i] / PRODUCTS_PER_SUPPLIER);
            plans.add(new TenantPlan(i + 1, slug, place, place.family(), sizes[i], supplierId, suppliers, List.copyOf(categories)));
            supplierId += suppliers;
        }
        this.tenants = List.copyOf(plans);
    }

    static int[] sizes(int total, int tenants) {
        double[] weights = new double[tenants];
        double sum = 0;
        for (int r = 0; r < tenants; r++) {
            weights[r] = 1 / Math.pow(r + 1, ZIPF);
            sum += weights[r];
        }
        int[] sizes = new int[tenants];
        int assigned = 0;
        for (int r = 0; r < tenants; r++) {
            sizes[r] = Math.max(10, (int) Math.round(total * weights[r] / sum));
            assigned += sizes[r];
        }
        sizes[0] += total - assigned;
        return sizes;
    }

    static int[] evenSizes(int total, int tenants) {
        int[] sizes = new int[tenants];
        for (int r = 0; r < tenants; r++) {
            sizes[r] = total / tenants + (r < total % tenants ? 1 : 0);
        }
        return sizes;
    }

    /** The family's tree under its top category: top, top/mid, top/mid/leaf or top/leaf. */
    private static long categories(Family family, long nextId, List<Category> out) {
        long topId = nextId++;
        out.add(new Category(topId, null, family.top(), family.top(), 0, false, null));
        int position = 0;
        for (Leaf leaf : family.leaves()) {
            String[] levels = leaf.path().split("/");
            long parent = topId;
            String path = family.top();
            for (int depth = 0; depth < levels.length; depth++) {
                path = path + "/" + levels[depth];
                boolean isLeaf = depth == levels.length - 1;
                String p = path;
                Category existing = out.stream().filter(c -> c.path().equals(p)).findFirst().orElse(null);
                if (existing != null) {
                    parent = existing.id();
                    continue;
                }
                long id = nextId++;
                out.add(new Category(id, parent, levels[depth], path, position++, isLeaf, isLeaf ? leaf : null));
                parent = id;
            }
        }
        return nextId;
    }

    int tenantCount() {
        return tenants.size();
    }

    long totalSuppliers() {
        return tenants.stream().mapToLong(TenantPlan::suppliers).sum();
    }

    String fingerprint() {
        return "generator=1;seed=" + seed + ";products=" + totalProducts + ";tenants=" + tenants.size() + (even ? ";even" : "");
    }
}
