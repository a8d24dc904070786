package org.beltportal.admin.console.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.beltportal.core.product.ProductFilter;
import org.beltportal.core.product.ProductStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The product list's filters as its URL carries them, so a filtered list can be bookmarked, paged and returned to
 * after a bulk action. A value that means nothing (an unknown status, an id that is not a number) is dropped, as a
 * link someone edited should show a list rather than an error; another belt's ids simply match nothing.
 */
public record ProductListFilter(String q, String status, String categoryId, String supplierId, String missingImages) {

    static final String[] PARAMETERS = {"q", "status", "categoryId", "supplierId", "missingImages"};

    static ProductListFilter of(MultiValueMap<String, String> parameters) {
        String status = Posted.text(parameters, "status");
        boolean knownStatus = status.equals(ProductStatus.ACTIVE.code()) || status.equals(ProductStatus.INACTIVE.code());
        Long category = Posted.id(parameters.getFirst("categoryId"));
        Long supplier = Posted.id(parameters.getFirst("supplierId"));
        String images = Posted.text(parameters, "missingImages");
        return new ProductListFilter(SearchText.of(parameters.getFirst("q")), knownStatus ? status : "",
                category == null ? "" : category.toString(), supplier == null ? "" : supplier.toString(),
                images.equals("true") || images.equals("false") ? images : "");
    }

    ProductFilter toFilter() {
        return new ProductFilter(status.isEmpty() ? null : ProductStatus.fromCode(status), Posted.id(supplierId),
                q.isEmpty() ? null : q, Posted.id(categoryId), missingImages.isEmpty() ? null : Boolean.valueOf(missingImages));
    }

    /** The filters that are set, in a fixed order: the list's query and the bulk form's hidden fields. */
    public Map<String, String> getSet() {
        Map<String, String> set = new LinkedHashMap<>();
        String[] values = {q, status, categoryId, supplierId, missingImages};
        for (int i = 0; i < PARAMETERS.length; i++) {
            if (!values[i].isEmpty()) {
                set.put(PARAMETERS[i], values[i]);
            }
        }
        return set;
    }

    /** The list's address with these filters, for links and redirects (context path included when given). */
    UriComponentsBuilder on(String listPath) {
        UriComponentsBuilder list = UriComponentsBuilder.fromPath(listPath);
        getSet().forEach(list::queryParam);
        return list;
    }
}
