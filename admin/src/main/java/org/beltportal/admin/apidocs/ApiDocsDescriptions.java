package org.beltportal.admin.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes the document springdoc built from the handlers, in order: wildcard paths get a named variable,
 * the public API says where it lives ({@link PublicApi}), then every operation gets the error statuses and
 * security its shape implies ({@link SharedResponses}).
 */
class ApiDocsDescriptions implements OpenApiCustomizer {

    /** A handler mapped to {@code .../templates/**} takes the rest of the URL: documented as {@code {path}}. */
    static final String WILDCARD = "/**";
    static final String WILDCARD_VARIABLE = "/{path}";

    @Override
    public void customise(OpenAPI api) {
        api.setPaths(withNamedWildcards(api.getPaths()));
        PublicApi.describe(api);
        SharedResponses.addTo(api);
    }

    private static Paths withNamedWildcards(Paths paths) {
        Paths named = new Paths();
        paths.forEach((path, item) -> {
            if (!path.endsWith(WILDCARD)) {
                named.addPathItem(path, item);
                return;
            }
            item.readOperations().forEach(operation -> operation.addParametersItem(new Parameter().in("path").name("path")
                    .required(true).schema(SharedResponses.text(null)).description("""
                            The rest of the URL, slashes included (`pages/home.ftlh`); on GET, `{path}/versions` lists the \
                            template's saved versions and `{path}/versions/{n}` reads one""")));
            named.addPathItem(path.substring(0, path.length() - WILDCARD.length()) + WILDCARD_VARIABLE, item);
        });
        return named;
    }
}
