package org.beltportal.admin.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.beltportal.core.category.CategoryNode;
import org.beltportal.core.category.CategoryService;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Component;

/**
 * A belt's catalogue in the import format ({@link Column#written()}), so an exported file imports again
 * to the same products, here or in another belt that has the same suppliers and categories. Products are
 * read {@value #PAGE} at a time along the primary key (keyset), and each page is written before the next
 * is read: memory stays flat however large the belt. Suppliers are named by code, or by name when they
 * have none; each row carries its category's English name, so an import names the categories it creates alike.
 */
@Component
class CatalogueExport {

    static final int PAGE = 500;
    /** The example row of the template: every column filled the way an operator would fill it. */
    static final Map<Column, String> EXAMPLE = Map.ofEntries(
            Map.entry(Column.SKU, "EXAMPLE-001"),
            Map.entry(Column.TITLE, "女童纯棉连衣裙 夏季新款"),
            Map.entry(Column.TITLE_EN, "Girls' cotton summer dress"),
            Map.entry(Column.DESCRIPTION, "纯棉面料，支持来样定制"),
            Map.entry(Column.CATEGORY, "童装/女童/连衣裙"),
            Map.entry(Column.CATEGORY_EN, "Girls' dresses"),
            Map.entry(Column.SUPPLIER, "ZL-0001"),
            Map.entry(Column.MOQ, "30"),
            Map.entry(Column.UNIT, "件"),
            Map.entry(Column.UNIT_EN, "piece"),
            Map.entry(Column.PRICE_TIERS, "30:25.80;300:22.50"),
            Map.entry(Column.STATUS, "active"),
            Map.entry(Column.IMAGES, "https://example.com/dress-1.jpg;https://example.com/dress-2.jpg"),
            Map.entry(Column.LISTING_URL, "https://shop.example.com/item/1001"));

    private final ProductService products;
    private final SupplierService suppliers;
    private final CategoryService categories;

    CatalogueExport(ProductService products, SupplierService suppliers, CategoryService categories) {
        this.products = products;
        this.suppliers = suppliers;
        this.categories = categories;
    }

    void write(TenantId tenantId, SheetWriter sheet) throws IOException {
        sheet.row(Column.written().stream().map(Column::header).toList());
        Map<String, String> namesEn = englishNamesByPath(categories.tree(tenantId), new HashMap<>());
        long after = 0;
        for (List<Product> page = products.batch(tenantId, null, after, PAGE); !page.isEmpty();
             page = products.batch(tenantId, null, after, PAGE)) {
            Map<Long, Supplier> byId = suppliers.byIds(tenantId, page.stream().map(Product::supplierId).distinct().toList());
            for (Product product : page) {
                sheet.row(cells(product, byId.get(product.supplierId()), namesEn));
            }
            after = page.getLast().id();
        }
        sheet.close();
    }

    static void template(SheetWriter sheet) throws IOException {
        sheet.row(Column.written().stream().map(Column::header).toList());
        sheet.row(Column.written().stream().map(EXAMPLE::get).toList());
        sheet.close();
    }

    /** The English names of the categories that have one, by path: what the categoryEn column writes. */
    private static Map<String, String> englishNamesByPath(List<CategoryNode> nodes, Map<String, String> namesEn) {
        for (CategoryNode node : nodes) {
            if (node.nameEn() != null) {
                namesEn.put(node.path(), node.nameEn());
            }
            englishNamesByPath(node.children(), namesEn);
        }
        return namesEn;
    }

    private static List<String> cells(Product product, Supplier supplier, Map<String, String> namesEn) {
        List<String> cells = new ArrayList<>();
        for (Column column : Column.written()) {
            cells.add(switch (column) {
                case SKU -> product.sku();
                case TITLE -> product.title();
                case TITLE_EN -> product.titleEn();
                case DESCRIPTION -> product.description();
                case CATEGORY -> product.category();
                case CATEGORY_EN -> product.category() == null ? null : namesEn.get(product.category());
                case SUPPLIER -> supplier == null ? null : Objects.requireNonNullElse(supplier.code(), supplier.name());
                case MOQ -> Integer.toString(product.moq());
                case UNIT -> product.unit();
                case UNIT_EN -> product.unitEn();
                case PRICE_TIERS -> String.join(";", product.priceTiers().stream().map(CatalogueExport::tier).toList());
                case STATUS -> product.status().code();
                case IMAGES -> String.join(";", product.images());
                case LISTING_URL -> product.listingUrl();
                case SUPPLIER_ID -> throw new IllegalStateException("supplierId is not written");
            });
        }
        return cells;
    }

    private static String tier(PriceTier tier) {
        BigDecimal price = tier.price();
        return tier.minQty() + ":" + price.toPlainString();
    }
}
