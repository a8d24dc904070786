package org.beltportal.bench;

/**
 * One operation of the soak: {@code path} is what it GETs or POSTs to; an admin write is a GET and a PUT of
 * the product at {@code path}; an inquiry's {@code body} is its JSON and {@code from} the buyer's address.
 */
record SoakRequest(Kind kind, String slug, String path, String body, String from) {

    /** What a request is; {@code buyer} requests make up the p99 the soak compares with the quiet one. */
    enum Kind {
        HOME("page-home", true),
        SEARCH_PAGE("page-search", true),
        PRODUCT_PAGE("page-product", true),
        CATEGORY_PAGE("page-category", true),
        SEARCH_API("api-search", true),
        SUGGEST_API("api-suggest", true),
        INQUIRY("inquiry", true),
        ADMIN_WRITE("admin-product-put", false),
        IMPORT_UPLOAD("import-upload", false),
        ATTACK_HOME("attacked-home", false);

        final String label;
        final boolean buyer;

        Kind(String label, boolean buyer) {
            this.label = label;
            this.buyer = buyer;
        }
    }

    static SoakRequest get(Kind kind, String slug, String path) {
        return new SoakRequest(kind, slug, path, null, null);
    }
}
