package org.beltportal.admin.importing;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.Permission;
import org.beltportal.core.product.ProductFilter;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.tenant.Tenant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET tenants/{slug}/products/export.csv} and {@code export.xlsx}: the belt's whole catalogue in
 * the import format, written to the response as it is read ({@link CatalogueExport}). The response is
 * written on the request's thread, not as an async body, so no async timeout cuts a long export short.
 */
@RestController
public class ExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** A worksheet's rows, the header row taken off. */
    static final long MAX_XLSX_PRODUCTS = 1_048_575;

    private final CatalogueExport export;
    private final ProductService products;

    ExportController(CatalogueExport export, ProductService products) {
        this.export = export;
        this.products = products;
    }

    @ApiResponse(responseCode = "200", description = "The catalogue as UTF-8 CSV in the import format")
    @GetMapping("/admin/api/v1/tenants/{slug}/products/export.csv")
    void csv(@Grant(Permission.READ) Tenant tenant, HttpServletResponse response) throws IOException {
        download(response, "text/csv;charset=UTF-8", fileName(tenant, "csv"));
        export.write(tenant.id(), SheetWriter.csv(response.getOutputStream()));
    }

    @ApiResponse(responseCode = "200", description = "The catalogue as a workbook in the import format")
    @ApiResponse(responseCode = "422", description = "More products than a worksheet holds: export CSV")
    @GetMapping("/admin/api/v1/tenants/{slug}/products/export.xlsx")
    void xlsx(@Grant(Permission.READ) Tenant tenant, HttpServletResponse response) throws IOException {
        long count = products.page(tenant.id(), ProductFilter.none(), new PageQuery(0, 1)).total();
        if (count > MAX_XLSX_PRODUCTS) {
            throw InvalidInputException.of("format", count + " products are more than a worksheet holds ("
                    + MAX_XLSX_PRODUCTS + "): export CSV instead");
        }
        download(response, XLSX, fileName(tenant, "xlsx"));
        export.write(tenant.id(), SheetWriter.xlsx(response.getOutputStream(), "products"));
    }

    static void download(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** Slugs are lowercase letters, digits and dashes, so the name needs no quoting beyond its quotes. */
    private static String fileName(Tenant tenant, String extension) {
        return "products-" + tenant.slug() + "-" + LocalDate.now(ZoneId.of(tenant.timezone())) + "." + extension;
    }
}
