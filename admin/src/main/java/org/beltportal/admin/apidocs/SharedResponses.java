package org.beltportal.admin.apidocs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;

/**
 * What every operation of a kind shares, added by convention instead of on 60 handlers: the error body
 * ({@code ApiError}, {@code FieldProblem}, {@code TemplateProblem}), the error statuses that follow from the
 * operation's shape (path variables can miss: 404; a body can be unreadable, too large or invalid: 400, 413,
 * 415, 422; admin calls need a caller with a grant: 401, 403), and who may call it. A status a handler
 * declares itself (a 409, say) keeps its description but always gets the error body.
 */
final class SharedResponses {

    static final String ERROR = "ApiError";
    private static final String ERROR_REF = "#/components/schemas/" + ERROR;
    private static final String ADMIN = "/admin/api/";
    static final String TOKENS = "/admin/api/v1/tokens";

    private SharedResponses() {
    }

    static void addTo(OpenAPI api) {
        Components components = api.getComponents();
        components.addSchemas("FieldProblem", object(Map.of(
                "field", text("The faulty field: its JSON path (`priceTiers[1].price`), query parameter or form field"),
                "message", text("What is wrong with it, in words that say how to fix it")), "field", "message"));
        components.addSchemas("TemplateProblem", object(Map.of(
                "line", integer("Line of the template source, from 1"),
                "column", integer("Column of the template source, from 1"),
                "reason", text("Why the template was refused")), "line", "column", "reason"));
        components.addSchemas(ERROR, errorSchema());
        components.addResponses("Unauthorized", error(
                "`unauthorized`: no valid bearer token and no console session (for a token: wrong username or password)")
                .addHeaderObject("WWW-Authenticate", new Header().schema(text(
                        "`Bearer realm=\"BeltPortal\"`; on the token endpoint `Basic realm=\"BeltPortal\"`"))));
        components.addResponses("Forbidden", error(
                "`forbidden`: the caller's grants do not allow this on this belt, or a console session's write lacks its CSRF token"));
        components.addResponses("NotFound", error("`not_found`: no such belt, or nothing with this id on it"));
        components.addResponses("BadRequest", error(
                "`bad_request`: a parameter or the body cannot be read (not JSON of the expected shape, a wrong type, a bad date); "
                        + "`details` names the field when it can"));
        components.addResponses("PayloadTooLarge", error("`payload_too_large`: the body is over the limit (1 MB of JSON by default)"));
        components.addResponses("UnsupportedMediaType", error("`unsupported_media_type`: send the content type this operation consumes"));
        components.addResponses("Invalid", error(
                "`invalid`: the input breaks the rules; `details` lists every faulty field at once"));
        components.addResponses("Internal", error("`internal`: something went wrong on the server; nothing more is said"));
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            describe(path, method, operation);
            bodyOfErrors(operation.getResponses());
        }));
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean admin = path.startsWith(ADMIN);
        boolean tokenLogin = path.equals(TOKENS) && method == PathItem.HttpMethod.POST;
        boolean body = operation.getRequestBody() != null;
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>() : operation.getParameters();
        // The security schemes describe it; OpenAPI ignores an Authorization header parameter anyway.
        parameters.removeIf(parameter -> "header".equals(parameter.getIn()) && "Authorization".equalsIgnoreCase(parameter.getName()));
        if (body || parameters.stream().anyMatch(p -> "query".equals(p.getIn()))) {
            shared(responses, "400", "BadRequest");
        }
        if (admin) {
            shared(responses, "401", "Unauthorized");
            if (!tokenLogin) {
                shared(responses, "403", "Forbidden");
            }
            operation.setSecurity(tokenLogin ? List.of(new SecurityRequirement().addList(ApiDocsConfiguration.BASIC))
                    : List.of(new SecurityRequirement().addList(ApiDocsConfiguration.BEARER), method == PathItem.HttpMethod.GET
                            ? new SecurityRequirement().addList(ApiDocsConfiguration.SESSION)
                            : new SecurityRequirement().addList(ApiDocsConfiguration.SESSION).addList(ApiDocsConfiguration.CSRF)));
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            shared(responses, "404", "NotFound");
        }
        if (body) {
            shared(responses, "413", "PayloadTooLarge");
            shared(responses, "415", "UnsupportedMediaType");
            if (admin) {
                shared(responses, "422", "Invalid");
            }
        }
        shared(responses, "500", "Internal");
    }

    /** A status the handler did not declare itself gets the shared response. */
    private static void shared(ApiResponses responses, String status, String name) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + name));
        }
    }

    /**
     * Every JSON 4xx and 5xx answer of the API is an {@code ApiError}, whatever the handler returns on success
     * (springdoc gives a declared error status the success type); plain-text answers of the tenant filter stay.
     */
    private static void bodyOfErrors(ApiResponses responses) {
        responses.forEach((status, response) -> {
            boolean error = status.startsWith("4") || status.startsWith("5");
            if (error && response.get$ref() == null) {
                Content content = response.getContent() == null ? new Content() : response.getContent();
                content.remove("*/*");
                if (content.isEmpty() || content.containsKey("application/json")) {
                    content.addMediaType("application/json", new MediaType().schema(new Schema<>().$ref(ERROR_REF)));
                }
                response.setContent(content);
            }
        });
    }

    static ApiResponse error(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/json", new MediaType().schema(new Schema<>().$ref(ERROR_REF))));
    }

    private static Schema<Object> errorSchema() {
        Schema<Object> details = typed("array").description("""
                The faulty fields, every one of them: `FieldProblem`s; for `invalid_template`, `TemplateProblem`s. \
                Absent when there is nothing more to say.""");
        details.setItems(new Schema<>().anyOf(List.of(new Schema<>().$ref("#/components/schemas/FieldProblem"),
                new Schema<>().$ref("#/components/schemas/TemplateProblem"))));
        Schema<Object> error = object(Map.of(
                "error", text("""
                        A stable code to switch on: `bad_request`, `invalid`, `invalid_template`, `unauthorized`, `forbidden`, \
                        `not_found`, `conflict`, `method_not_allowed`, `unsupported_media_type`, `payload_too_large`, \
                        `too_many_requests`, `internal`"""),
                "message", text("What went wrong, for a person; do not parse it"),
                "details", details), "error", "message");
        return error.description("The body of every API error. Never a stack trace.");
    }

    static Schema<Object> object(Map<String, Schema<?>> properties, String... required) {
        Schema<Object> object = typed("object");
        properties.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(property -> object.addProperty(property.getKey(), property.getValue()));
        object.setRequired(List.of(required));
        return object;
    }

    static Schema<Object> text(String description) {
        return typed("string").description(description);
    }

    static Schema<Object> integer(String description) {
        return typed("integer").description(description);
    }

    /** A schema of one JSON type, written the 3.1 way ({@code types}) and the 3.0 way alike. */
    static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(Set.of(type));
        return schema;
    }
}
