package org.beltportal.admin.console.catalogue;

import org.beltportal.admin.console.ConsoleScreen;
import org.beltportal.admin.console.ConsoleSection;
import org.beltportal.admin.security.Permission;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.tenant.Tenant;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The catalogue's three entries in a belt's navigation, and their paths. Each list is open to anyone who may read
 * the belt (its handler's {@code @Grant(Permission.READ)}); changing things takes {@link Permission#CATALOG}.
 */
final class CatalogueScreens {

    static final String BELTS = "/admin/belts/{slug}";
    static final String PRODUCTS = BELTS + "/products";
    static final String SUPPLIERS = BELTS + "/suppliers";
    static final String CATEGORIES = BELTS + "/categories";

    private CatalogueScreens() {
    }

    static String path(Tenant belt, String screen) {
        return screen.replace("{slug}", belt.slug());
    }

    /** Whether {@code user} may change the belt's catalogue: the lists show their buttons only then. */
    static boolean canEdit(PortalUser user, Tenant belt) {
        return user.hasAnyRole(belt.id(), Permission.CATALOG.roles());
    }

    private abstract static class Entry implements ConsoleScreen {

        private final String labelKey;
        private final String path;

        Entry(String labelKey, String path) {
            this.labelKey = labelKey;
            this.path = path;
        }

        @Override
        public String labelKey() {
            return labelKey;
        }

        @Override
        public String path(Tenant belt) {
            return CatalogueScreens.path(belt, path);
        }

        @Override
        public ConsoleSection section() {
            return ConsoleSection.CATALOGUE;
        }

        @Override
        public boolean shownTo(PortalUser user, Tenant belt) {
            return user.hasAnyRole(belt.id(), Permission.READ.roles());
        }
    }

    @Component
    @Order(20)
    static class Products extends Entry {
        Products() {
            super("catalogue.nav.products", PRODUCTS);
        }
    }

    @Component
    @Order(21)
    static class Suppliers extends Entry {
        Suppliers() {
            super("catalogue.nav.suppliers", SUPPLIERS);
        }
    }

    @Component
    @Order(22)
    static class Categories extends Entry {
        Categories() {
            super("catalogue.nav.categories", CATEGORIES);
        }
    }
}
