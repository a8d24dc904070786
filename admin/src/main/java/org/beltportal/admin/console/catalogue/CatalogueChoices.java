package org.beltportal.admin.console.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.beltportal.core.category.CategoryNode;
import org.beltportal.core.category.CategoryService;
import org.beltportal.core.media.Media;
import org.beltportal.core.media.MediaService;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierFilter;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.ListQuery;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.tenant.Tenant;
import org.springframework.stereotype.Component;

/**
 * What the catalogue's selects and pickers offer, read through the services: the belt's categories (the cached
 * tree, in tree order), its suppliers and its media library's image URLs. Lists are bounded by the services' largest
 * page, so a belt with thousands of suppliers still renders its form quickly.
 */
@Component
class CatalogueChoices {

    static final int MOST = PageQuery.MAX_SIZE;

    private final CategoryService categories;
    private final SupplierService suppliers;
    private final MediaService media;

    CatalogueChoices(CategoryService categories, SupplierService suppliers, MediaService media) {
        this.categories = categories;
        this.suppliers = suppliers;
        this.media = media;
    }

    /**
     * The belt's categories in tree order, each named by its whole path: by id (filters, moves, parents) or by path
     * (a product's category, which the service takes as a path).
     */
    List<Choice> categoryChoices(Tenant belt, boolean byPath) {
        List<Choice> choices = new ArrayList<>();
        place(categories.tree(belt.id()), byPath, choices);
        return choices;
    }

    private static void place(List<CategoryNode> nodes, boolean byPath, List<Choice> into) {
        for (CategoryNode node : nodes) {
            into.add(new Choice(byPath ? node.path() : Long.toString(node.id()), node.path()));
            place(node.children(), byPath, into);
        }
    }

    /** The first suppliers by id, and {@code current} (a product's own) when it is not among them. */
    List<Choice> suppliers(Tenant belt, Long current) {
        List<Supplier> first = suppliers.list(belt.id(), new SupplierFilter(null, null, null), new ListQuery(0, MOST, null)).items();
        List<Choice> choices = new ArrayList<>(first.stream().map(CatalogueChoices::choice).toList());
        if (current != null && first.stream().noneMatch(supplier -> supplier.id() == current)) {
            suppliers.find(belt.id(), current).ifPresent(supplier -> choices.add(choice(supplier)));
        }
        return choices;
    }

    /** The library's newest images: offered in the picker and a datalist beside typed (external) URLs. */
    List<Media> library(Tenant belt) {
        return media.page(belt.id(), null, new PageQuery(0, MOST)).items();
    }

    private static Choice choice(Supplier supplier) {
        return new Choice(Long.toString(supplier.id()), supplier.code() == null ? supplier.name() : supplier.name() + " (" + supplier.code() + ")");
    }
}
