package org.beltportal.bench;

import java.nio.charset.StandardCharsets;

import org.beltportal.bench.Plan.TenantPlan;
import org.beltportal.bench.ProductFactory.GeneratedProduct;

/**
 * A products/import CSV generated like the catalogue (new SKUs under {@code skuPrefix}, the tenant's
 * suppliers and categories, {@code marker} in every title so search can count the rows). SKUs start with
 * {@link Bench#IMPORT_SKU}, so the next run's clean-up removes them.
 */
final class ImportFile {

    static final String HEADER = "sku,title,titleEn,description,category,supplierId,moq,unit,priceTiers,status,images\n";

    private ImportFile() {
    }

    static byte[] csv(TenantPlan tenant, long seed, String skuPrefix, String marker, int rows) {
        ProductFactory factory = new ProductFactory(tenant, seed, skuPrefix);
        StringBuilder csv = new StringBuilder(rows * 300);
        csv.append(HEADER);
        for (int i = 0; i < rows; i++) {
            GeneratedProduct p = factory.next();
            String images = p.imagesJson().replace("[", "").replace("]", "").replace("\"", "").replace(',', ';');
            csv.append(String.join(",", cell(p.sku()), cell(p.title() + " " + marker), cell(p.titleEn()),
                    cell(p.description()), cell(p.category().path()), Long.toString(p.supplierId()), Integer.toString(p.moq()),
                    cell(p.unit()), cell(p.tiersCsv()), "active", cell(images))).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
