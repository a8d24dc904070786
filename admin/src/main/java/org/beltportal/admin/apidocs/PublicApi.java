package org.beltportal.admin.apidocs;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.oas.models.servers.ServerVariables;

/**
 * The public JSON API ({@code /api/v1/...}) lives in each belt's address space: on a belt's host or under its
 * {@code /t/{slug}} prefix (decision 0001), anonymous. Its handlers sit in search and tenant-themes, which
 * know nothing of springdoc, so what their signatures cannot say is said here: where to call them, the
 * statuses the tenant filter answers before any handler, and what the text-bound search parameters hold.
 */
final class PublicApi {

    static final String PREFIX = "/api/";
    private static final String NATIONAL = "/api/v1/national/search";
    private static final String INQUIRIES = "/api/v1/inquiries";
    private static final String SEARCH = "/api/v1/search";

    /** Search parameters are bound as text and parsed by the search module (decision 0013): what they hold. */
    private static final Map<String, Parameter> SEARCH_PARAMETERS = Map.ofEntries(
            query("q", "string", "The words to search for: characters, pinyin (full or initials) or English"),
            query("category", "string", "A category path of the belt, e.g. `服装/童装`; its subcategories are included"),
            query("rating", "string", "Lowest supplier credit rating, `1A` to `5A`"),
            query("verified", "boolean", "`true`: verified (strength) suppliers only; `false`: unverified only"),
            Map.entry("capability", new Parameter().in("query").name("capability").schema(capabilities())
                    .description("Supplier capabilities, `samples`, `dropship` or `custom`: `capability=samples&capability=custom`")),
            query("priceMin", "number", "Lowest unit price (of the product's lowest tier), up to 2 decimals"),
            query("priceMax", "number", "Highest unit price"),
            query("moqMax", "integer", "Highest minimum order quantity"),
            query("sort", "string", "`relevance` (default), `price_asc`, `price_desc`, `newest` or `moq`"),
            query("cursor", "string", "`nextCursor` of the previous page, to read the next one"),
            query("size", "integer", "Results per page, 1 to 100 (default 20); for suggest 1 to 10 (default 8)"));

    private PublicApi() {
    }

    static void describe(OpenAPI api) {
        api.getPaths().forEach((path, item) -> {
            if (!path.startsWith(PREFIX)) {
                return;
            }
            item.setServers(path.equals(NATIONAL) ? null : beltServers());
            item.readOperationsMap().forEach((method, operation) -> describe(path, method, operation));
        });
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(PublicApi::describeParameter);
        }
        if (path.equals(SEARCH)) {
            operation.addParametersItem(new Parameter().in("query").name("at").schema(SharedResponses.text(null))
                    .description("Preview the results at a local date-time of the belt (`2026-12-06T10:00`): honoured only "
                            + "with the belt's operator's bearer token or console session, ignored for buyers"));
        }
        if (path.equals(NATIONAL)) {
            operation.getResponses().addApiResponse("404", SharedResponses.error(
                    "`not_found`: national search is on the platform host only, never on a belt's"));
            return;
        }
        operation.getResponses()
                .addApiResponse("404", new ApiResponse().description(path.equals(INQUIRIES)
                                ? "`not_found`: the product is not an active one of this belt; "
                                        + "or (text/plain) no belt at this host or prefix"
                                : "No belt at this host or prefix (text/plain)")
                        .content(belt404(path.equals(INQUIRIES))))
                .addApiResponse("503", new ApiResponse()
                        .description("The belt is suspended: a notice in the belt's look (or plain text), with Retry-After")
                        .addHeaderObject("Retry-After", retryAfter())
                        .content(new Content().addMediaType("text/html", new MediaType().schema(SharedResponses.text(null)))));
        if (path.equals(INQUIRIES) && method == PathItem.HttpMethod.POST) {
            describeInquiry(operation);
        }
    }

    /**
     * The inquiry handler answers 201 through a ResponseEntity, which springdoc cannot see, and refuses a
     * buyer's fields with 400 {@code invalid} rather than the admin API's 422.
     */
    private static void describeInquiry(Operation operation) {
        ApiResponse ok = operation.getResponses().remove("200");
        operation.getResponses().addApiResponse("201", ok.description("Stored (a sender caught by the honeypot gets the same)"));
        operation.getResponses().addApiResponse("400", SharedResponses.error(
                "`invalid`: `details` lists every refused field; `bad_request`: the body is not JSON of this shape"));
        operation.getResponses().addApiResponse("429", SharedResponses.error(
                        "`too_many_requests`: the sender (5 in 10 minutes) or the belt is over its limit")
                .addHeaderObject("Retry-After", retryAfter()));
    }

    private static void describeParameter(Parameter parameter) {
        Parameter known = SEARCH_PARAMETERS.get(parameter.getName());
        if (known != null && "query".equals(parameter.getIn())) {
            parameter.description(known.getDescription()).schema(known.getSchema());
        }
    }

    private static Content belt404(boolean json) {
        Content content = new Content().addMediaType("text/plain", new MediaType().schema(SharedResponses.text(null)));
        return json ? SharedResponses.error("").getContent().addMediaType("text/plain", content.get("text/plain")) : content;
    }

    private static Header retryAfter() {
        return new Header().description("Seconds to wait").schema(SharedResponses.integer(null));
    }

    /** Where a belt's public API answers: its own host, or the platform host under its prefix. */
    private static List<Server> beltServers() {
        return List.of(
                new Server().url("http://{host}").description("A host of the belt (https in production)")
                        .variables(new ServerVariables().addServerVariable("host",
                                new ServerVariable()._default("zhili.localhost:8080").description("a host name of the belt"))),
                new Server().url("/t/{slug}").description("The belt by path prefix on the platform host")
                        .variables(new ServerVariables().addServerVariable("slug",
                                new ServerVariable()._default("zhili").description("the belt's slug"))));
    }

    private static Schema<Object> capabilities() {
        Schema<Object> list = SharedResponses.typed("array");
        list.setItems(SharedResponses.typed("string"));
        return list;
    }

    private static Map.Entry<String, Parameter> query(String name, String type, String description) {
        return Map.entry(name, new Parameter().in("query").name(name).description(description).schema(SharedResponses.typed(type)));
    }
}
