package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.beltportal.admin.security.Grant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description at /v3/api-docs (decision 0025): a valid OpenAPI 3.1 document that names every
 * JSON endpoint Spring has registered and nothing else, whose operations answer the statuses and shapes it
 * documents, served by the platform and holding no belt's data, with Swagger UI behind the console login.
 */
class ApiDescriptionTest extends PortalServerTest {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String ERROR = "#/components/schemas/ApiError";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Autowired
    @Qualifier("requestMappingHandlerAdapter")
    RequestMappingHandlerAdapter adapter;

    @Test
    void theDescriptionIsAValidOpenApi31Document() {
        Api.Response answer = anonymous().get(ApiDescription.PATH);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(answer.body(), null, new ParseOptions());
        assertThat(parsed.getMessages()).as("what the OpenAPI parser found wrong").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1");
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
    }

    /** A new handler under /admin/api/ or /api/ fails this test until the description holds it. */
    @Test
    void everyJsonEndpointSpringServesIsDescribedAndNothingElse() {
        Set<String> registered = new TreeSet<>();
        handlers.getHandlerMethods().keySet().forEach(mapping -> registered.addAll(jsonApiOperations(mapping)));
        assertThat(registered).as("the JSON API endpoints Spring registered").hasSizeGreaterThan(60);
        assertThat(ApiDescription.fetch(anonymous()).operations()).containsExactlyInAnyOrderElementsOf(registered);
    }

    /**
     * The query parameters documented for each operation are exactly those its handlers read, as Spring's own
     * argument resolvers decide: a {@code @RequestParam}, or the properties of a record bound from the query
     * string. An argument the portal fills itself (the user, the belt) documented as a parameter fails here.
     */
    @Test
    void queryParametersAreExactlyTheOnesTheHandlersRead() {
        Map<String, Set<String>> read = new TreeMap<>();
        handlers.getHandlerMethods().forEach((mapping, handler) -> jsonApiOperations(mapping).forEach(operation ->
                read.computeIfAbsent(operation, key -> new TreeSet<>()).addAll(queryParameters(handler))));
        // Read by the portal's clock from the request, for operators' previews: documented by the description itself.
        read.get("GET /api/v1/search").add("at");
        ApiDescription description = ApiDescription.fetch(anonymous());
        Map<String, Set<String>> documented = new TreeMap<>();
        read.keySet().forEach(operation -> {
            String[] methodAndPath = operation.split(" ", 2);
            Set<String> names = new TreeSet<>();
            description.operation(methodAndPath[0], methodAndPath[1]).path("parameters").forEach(parameter -> {
                if (parameter.get("in").asString().equals("query")) {
                    names.add(parameter.get("name").asString());
                }
            });
            documented.put(operation, names);
        });
        assertThat(documented).isEqualTo(read);
    }

    private Set<String> queryParameters(HandlerMethod handler) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            HandlerMethodArgumentResolver resolver = adapter.getArgumentResolvers().stream()
                    .filter(candidate -> candidate.supportsParameter(parameter)).findFirst().orElseThrow();
            Grant grant = parameter.getParameterAnnotation(Grant.class);
            if (grant != null && !grant.slugParameter().isEmpty()) {
                names.add(grant.slugParameter());
            } else if (resolver instanceof RequestParamMethodArgumentResolver) {
                RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
                names.add(annotation != null && !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName());
            } else if (resolver instanceof ServletModelAttributeMethodProcessor && parameter.getParameterType().isRecord()) {
                for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return names;
    }

    @Test
    void everyOperationSaysWhatItAnswersWithWhatBodyAndWhoMayCallIt() {
        ApiDescription description = ApiDescription.fetch(anonymous());
        List<String> problems = new ArrayList<>();
        description.document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (ApiDescription.isMethod(entry.getKey())) {
                String name = entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                checkOperation(description, name, path.getKey(), entry.getValue(), problems);
            }
        }));
        assertThat(problems).isEmpty();
    }

    private static void checkOperation(ApiDescription description, String name, String path, JsonNode operation,
                                       List<String> problems) {
        Set<String> statuses = new TreeSet<>(operation.get("responses").propertyNames());
        if (statuses.stream().noneMatch(status -> status.startsWith("2"))) {
            problems.add(name + " documents no success status: " + statuses);
        }
        if (!statuses.contains("500")) {
            problems.add(name + " does not document the 500 error body");
        }
        operation.get("responses").properties().forEach(response -> {
            JsonNode content = description.resolve(response.getValue()).path("content");
            if (response.getKey().matches("[45]\\d\\d") && content.has("application/json")) {
                if (!content.get("application/json").path("schema").path("$ref").asString("").equals(ERROR)) {
                    problems.add(name + " " + response.getKey() + " is not an ApiError");
                }
            } else if (response.getKey().matches("[45]\\d\\d") && content.isMissingNode()) {
                problems.add(name + " " + response.getKey() + " has no body");
            }
        });
        boolean secured = operation.path("security").size() > 0;
        if (path.startsWith("/admin/api/") != secured) {
            problems.add(name + (secured ? " asks a buyer for credentials" : " names no security scheme"));
        }
        Set<String> variables = new TreeSet<>();
        PATH_VARIABLE.matcher(path).results().forEach(variable -> variables.add(variable.group(1)));
        Set<String> pathParameters = new TreeSet<>();
        operation.path("parameters").forEach(parameter -> {
            if (parameter.get("in").asString().equals("path")) {
                pathParameters.add(parameter.get("name").asString());
            }
            JsonNode schema = description.resolve(parameter.path("schema"));
            if (parameter.get("in").asString().equals("query") && schema.path("type").asString("").equals("object")) {
                problems.add(name + " takes an object as query parameter " + parameter.get("name")
                        + ": a server-side argument leaked into the description?");
            }
        });
        if (!variables.equals(pathParameters)) {
            problems.add(name + " has path variables " + variables + " but path parameters " + pathParameters);
        }
    }

    @Test
    void adminOperationsAnswerTheStatusesAndShapesTheyDocument() {
        Api admin = admin();
        TwinBelts twins = new TwinBelts(admin);
        ApiDescription description = ApiDescription.fetch(anonymous());
        String belt = "/admin/api/v1/tenants/{slug}";
        String base = "/admin/api/v1/tenants/" + twins.a;
        String products = belt + "/products";

        description.assertAnswers("GET", "/admin/api/v1/tenants", admin.get("/admin/api/v1/tenants"));
        description.assertAnswers("GET", belt, admin.get(base));
        description.assertAnswers("GET", belt, admin.get("/admin/api/v1/tenants/no-such-belt-" + twins.a));
        description.assertAnswers("GET", belt + "/branding", admin.get(base + "/branding"));
        description.assertAnswers("GET", belt + "/categories", admin.get(base + "/categories"));
        description.assertAnswers("GET", belt + "/suppliers/{id}", admin.get(base + "/suppliers/" + twins.inA.supplierId()));
        description.assertAnswers("GET", belt + "/pages", admin.get(base + "/pages"));
        description.assertAnswers("GET", belt + "/campaigns", admin.get(base + "/campaigns"));
        description.assertAnswers("GET", belt + "/templates/{path}", admin.get(base + "/templates/pages/home.ftlh"));
        description.assertAnswers("GET", "/admin/api/v1/users", admin.get("/admin/api/v1/users"));
        description.assertAnswers("GET", "/admin/api/v1/audit", admin.get("/admin/api/v1/audit"));
        description.assertAnswers("GET", "/admin/api/v1/me", admin.get("/admin/api/v1/me"));

        description.assertAnswers("GET", products, admin.get(base + "/products"));
        description.assertAnswers("GET", products + "/{id}", admin.get(base + "/products/" + twins.inA.productId()));
        Api.Response created = admin.post(base + "/products", TwinBelts.product("DOC-1", "说明样品", twins.inA.supplierId()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        description.assertAnswers("POST", products, created);
        Api.Response taken = admin.post(base + "/products", TwinBelts.product("DOC-1", "说明样品", twins.inA.supplierId()));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        description.assertAnswers("POST", products, taken);
        description.assertAnswers("POST", products, admin.post(base + "/products", Map.of("sku", "")));
        description.assertAnswers("POST", products, admin.sendRaw("POST", base + "/products", "application/json",
                "{\"sku\": ".getBytes(StandardCharsets.UTF_8)));
        description.assertAnswers("POST", products, admin.sendRaw("POST", base + "/products", "text/plain",
                "sku".getBytes(StandardCharsets.UTF_8)));
        description.assertAnswers("PUT", products, admin.put(base + "/products",
                TwinBelts.product("DOC-2", "说明样品二", twins.inA.supplierId())));
        description.assertAnswers("DELETE", products + "/{id}", admin.delete(base + "/products/" + created.id()));
        description.assertAnswers("GET", products + "/{id}", admin.get(base + "/products/" + created.id()));

        description.assertAnswers("GET", products, anonymous().get(base + "/products"));
        Api editorOfB = editorOf(admin, twins.b);
        description.assertAnswers("GET", products, editorOfB.get(base + "/products"));
        description.assertAnswers("POST", "/admin/api/v1/tokens",
                anonymous().send("POST", "/admin/api/v1/tokens", null, Api.basic(ADMIN, ADMIN_PASSWORD)));
        description.assertAnswers("POST", "/admin/api/v1/tokens",
                anonymous().send("POST", "/admin/api/v1/tokens", null, Api.basic("nobody-" + twins.a, "not-a-password")));
    }

    @Test
    void publicOperationsAnswerTheStatusesAndShapesTheyDocument() {
        TwinBelts twins = new TwinBelts(admin());
        ApiDescription description = ApiDescription.fetch(anonymous());
        Api buyer = anonymous().onHost(twins.inA.host());

        description.assertAnswers("GET", "/api/v1/search", buyer.get("/api/v1/search?q=%E8%BF%9E%E8%A1%A3%E8%A3%99&size=5"));
        description.assertAnswers("GET", "/api/v1/search", buyer.get("/api/v1/search?priceMin=cheap"));
        description.assertAnswers("GET", "/api/v1/search", anonymous().get("/t/" + twins.a + "/api/v1/search?q=x"));
        description.assertAnswers("GET", "/api/v1/search", anonymous().onHost("nobody.portal.test").get("/api/v1/search?q=x"));
        description.assertAnswers("GET", "/api/v1/suggest", buyer.get("/api/v1/suggest?q=lian"));
        description.assertAnswers("GET", "/api/v1/national/search", anonymous().onHost("localhost").get("/api/v1/national/search?q=x"));
        description.assertAnswers("GET", "/api/v1/national/search", buyer.get("/api/v1/national/search?q=x"));
        Api.Response inquiry = buyer.post("/api/v1/inquiries", Map.of("productId", twins.inA.productId(), "quantity", 300,
                "name", "王丽", "company", "杭州童趣贸易", "phone", "13805712345", "message", "请报价"));
        assertThat(inquiry.status()).as(inquiry.toString()).isEqualTo(201);
        description.assertAnswers("POST", "/api/v1/inquiries", inquiry);
        description.assertAnswers("POST", "/api/v1/inquiries", buyer.post("/api/v1/inquiries", Map.of("quantity", -1)));
        description.assertAnswers("POST", "/api/v1/inquiries", buyer.post("/api/v1/inquiries", Map.of("productId",
                twins.inB.productId(), "quantity", 300, "name", "王丽", "phone", "13805712345", "message", "请报价")));
    }

    @Test
    void theDescriptionIsThePlatformsOwnAndHoldsNoBeltData() {
        TwinBelts twins = new TwinBelts(admin());
        Api.Response onPlatform = anonymous().get(ApiDescription.PATH);
        assertThat(onPlatform.status()).isEqualTo(200);
        assertThat(onPlatform.body()).doesNotContain(twins.a, twins.inA.host(), "127.0.0.1");
        assertThat(anonymous().onHost("localhost").get(ApiDescription.PATH).body()).isEqualTo(onPlatform.body());

        Api.Response onBelt = anonymous().onHost(twins.inA.host()).get(ApiDescription.PATH);
        assertThat(onBelt.status()).isEqualTo(404);
        assertThat(onBelt.body()).doesNotContain("openapi");
        assertThat(anonymous().onHost(twins.inA.host()).get(ApiDescription.PATH + ".yaml").status()).isEqualTo(404);
        assertThat(anonymous().get("/t/" + twins.a + ApiDescription.PATH).status()).isEqualTo(404);
        assertThat(anonymous().get("/t/" + twins.a + ApiDescription.PATH + "/swagger-config").status()).isEqualTo(404);
        assertThat(anonymous().onHost("nobody.portal.test").get(ApiDescription.PATH).status()).isEqualTo(404);
    }

    @Test
    void swaggerUiIsForSignedInConsoleUsers() {
        for (String path : List.of("/admin/swagger-ui.html", "/admin/swagger-ui/index.html", "/admin/webjars/swagger-ui/index.html")) {
            Api.Response anonymously = anonymous().get(path);
            assertThat(anonymously.status()).as(path).isEqualTo(302);
            assertThat(anonymously.headers().firstValue("Location")).as(path).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/admin/login"));
        }
        assertThat(anonymous().get("/webjars/swagger-ui/index.html").status()).as("no public copy").isEqualTo(404);
        assertThat(anonymous().get("/swagger-ui/index.html").status()).as("no public copy").isEqualTo(404);

        ConsoleSession console = ConsoleSession.login(port, ADMIN, ADMIN_PASSWORD);
        Api.Response ui = console.get("/admin/swagger-ui/index.html");
        assertThat(ui.status()).as(ui.toString()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        Api.Response config = console.get(ApiDescription.PATH + "/swagger-config");
        assertThat(config.json().get("url").asString()).isEqualTo(ApiDescription.PATH);
    }

    /** docs/api.md stays true to the API: every call it names is one the description holds. */
    @Test
    void everyCallTheIntegratorsGuideNamesIsDescribed() throws IOException {
        String guide = Files.readString(repositoryFile("docs/api.md"));
        Matcher call = Pattern.compile("\\b(GET|POST|PUT|PATCH|DELETE) (/(?:admin/)?api/v1/[^\\s`?)]*)").matcher(guide);
        Set<String> named = new TreeSet<>();
        while (call.find()) {
            named.add(call.group(1) + " " + call.group(2));
        }
        assertThat(named).as("calls named in docs/api.md").hasSizeGreaterThan(20);
        assertThat(ApiDescription.fetch(anonymous()).operations()).containsAll(named);
    }

    /** "GET /admin/api/v1/tenants/{slug}" for each method and JSON API path of a mapping; wildcards as {path}. */
    private static List<String> jsonApiOperations(RequestMappingInfo mapping) {
        List<String> operations = new ArrayList<>();
        for (String pattern : mapping.getPatternValues()) {
            if (pattern.startsWith("/admin/api/") || pattern.startsWith("/api/")) {
                String path = pattern.endsWith("/**") ? pattern.substring(0, pattern.length() - 3) + "/{path}" : pattern;
                mapping.getMethodsCondition().getMethods().forEach(method -> operations.add(method.name() + " " + path));
            }
        }
        return operations;
    }

    private Api editorOf(Api admin, String tenant) {
        String username = "doc-editor-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/admin/api/v1/users", Map.of("username", username, "password", "a-long-password",
                "grants", List.of(Map.of("tenant", tenant, "role", "editor"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return anonymous().login(username, "a-long-password");
    }

    static Path repositoryFile(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return dir.resolve(name);
            }
        }
        throw new IllegalStateException("no " + name + " above " + Path.of("").toAbsolutePath());
    }
}
