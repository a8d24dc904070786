package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.PlatformAdmin;
import org.beltportal.admin.security.RegionGrant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every admin endpoint Spring has registered (not a list written by hand, so an endpoint is covered the
 * day it is added) as a region operator of belt A, as a regional admin of 浙江 (A lies in 义乌, B in 河北) and as a
 * user with no grant at all:
 * <ul>
 *   <li>every endpoint on a belt (a {@code {slug}} path, or a {@link Grant} naming the belt in a parameter) is
 *   403 on belt B, which exists, and 404 on a belt that does not;</li>
 *   <li>every {@link PlatformAdmin} endpoint (tenants as a whole, users, the search index) is 403;</li>
 *   <li>every endpoint on a region node ({@link RegionGrant}) is 403 on 河北, which none of them holds, and 404 on a
 *   code that does not exist;</li>
 *   <li>an endpoint that is neither must be one of the few every signed-in user may call, each named below
 *   with its reason; any other fails the test until its right is declared.</li>
 * </ul>
 * Ids in paths are B's own rows where B has them, so a missing check would reach real data; and afterwards
 * everything a platform admin can read of B, the users, the belts and the audit trail is as it was.
 */
class AdminEndpointRightsTest extends PortalServerTest {

    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"[^\"]*\"");

    /** Handlers every signed-in user may call, and why they need no declared right. */
    private static final Map<String, String> OPEN_TO_EVERY_USER = Map.ofEntries(
            Map.entry("MeController#me", "the caller's own identity and grants"),
            Map.entry("PasswordController#change", "the caller's own password, checked against the current one"),
            Map.entry("TokenController#issue", "logging in (HTTP Basic)"),
            Map.entry("TokenController#revokeCurrent", "ends the token the request carries"),
            Map.entry("TenantAdminController#list", "lists only the belts the caller holds a grant on"),
            Map.entry("RegionAdminController#tree", "lists only the region nodes the caller holds regional_admin on (none: empty)"),
            Map.entry("RegionConsoleController#index", "the console's list of only the region nodes the caller holds"),
            Map.entry("BeltSwitcherController#belts", "the console's list of only the belts the caller holds a grant on"),
            Map.entry("JobController#get", "a job of a belt the caller may not read is a 404 (ProductImportTest)"),
            Map.entry("LoginPageController#loginPage", "the login form"),
            Map.entry("PasswordPageController#form", "the caller's own password, as a console page"),
            Map.entry("PasswordPageController#change", "the caller's own password, as a console form"),
            Map.entry("SwaggerWelcomeWebMvc#redirectToUi", "redirects to Swagger UI, which reads the public API description"),
            Map.entry("PasswordResetController#request", "asks for a reset link: for people who cannot log in, answers alike for every name"),
            Map.entry("PasswordResetController#complete", "the mailed token is the credential"),
            Map.entry("PasswordResetPageController#form", "the reset pages, for people who cannot log in"),
            Map.entry("PasswordResetPageController#requested", "the reset request form's answer, as the API's"),
            Map.entry("PasswordResetPageController#reset", "the mailed token is the credential, as a console form"),
            Map.entry("PreviewExchangeController#exchange", "the single-use preview ticket is the credential, on the belt's own host (decision 0041)"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static final String PASSWORD = "walker-password";

    TwinBelts twins;
    Api admin;
    Api operatorOfA;
    Api withoutGrant;
    Api regionalOfZhejiang;
    String nowhere;

    static final String ZHEJIANG = "330000";
    static final String YIWU = "330782";
    static final String HEBEI = "130000";
    static final String GAOBEIDIAN = "130684";
    static final String NO_REGION = "999999";

    @BeforeEach
    void twoBeltsAndTwoUsersWithoutRightsOnB() {
        admin = admin();
        twins = new TwinBelts(admin);
        operatorOfA = anonymous().login(newUser(List.of(Map.of("tenant", twins.a, "role", "region_operator"))), PASSWORD);
        withoutGrant = anonymous().login(newUser(List.of()), PASSWORD);
        assertThat(admin.put("/admin/api/v1/tenants/" + twins.a + "/region", Map.of("regionCode", YIWU)).status()).isEqualTo(200);
        assertThat(admin.put("/admin/api/v1/tenants/" + twins.b + "/region", Map.of("regionCode", GAOBEIDIAN)).status()).isEqualTo(200);
        regionalOfZhejiang = anonymous().login(newUser(List.of(Map.of("role", "regional_admin", "region", ZHEJIANG))), PASSWORD);
        nowhere = "no-belt-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private String newUser(List<Map<String, String>> grants) {
        String username = "walker-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD, "grants", grants));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }

    @Test
    void everyAdminEndpointRefusesCallersWithoutTheRight() {
        List<Endpoint> onABelt = new ArrayList<>();
        List<Endpoint> platformOnly = new ArrayList<>();
        List<Endpoint> onARegion = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/admin")) {
                    continue;
                }
                Endpoint endpoint = new Endpoint(pattern, info, handler);
                if (pattern.contains("{slug}") || endpoint.grant() != null) {
                    onABelt.add(endpoint);
                } else if (endpoint.platformAdmin()) {
                    platformOnly.add(endpoint);
                } else if (endpoint.regionGrant()) {
                    onARegion.add(endpoint);
                } else if (!OPEN_TO_EVERY_USER.containsKey(endpoint.handlerName())) {
                    undeclared.add(endpoint.handlerName() + " " + pattern);
                }
            }
        });
        assertThat(undeclared).as("admin endpoints that declare no right (@Grant, @PlatformAdmin) and are not known to be open")
                .isEmpty();
        assertThat(onABelt).as("endpoints on a belt").hasSizeGreaterThan(40);
        assertThat(platformOnly).as("platform-only endpoints").hasSizeGreaterThan(8);
        assertThat(onARegion).as("endpoints on a region").hasSizeGreaterThan(4);

        Map<String, String> before = everythingAdminReads(onABelt);
        List<String> wrong = new ArrayList<>();
        for (Api caller : List.of(operatorOfA, regionalOfZhejiang, withoutGrant)) {
            String who = caller == operatorOfA ? "operator of A" : caller == regionalOfZhejiang ? "regional admin of 浙江" : "user without grants";
            for (Endpoint endpoint : onABelt) {
                for (RequestMethod method : endpoint.methods()) {
                    expect(wrong, who, 403, caller, method, endpoint, twins.b);
                    expect(wrong, who, 404, caller, method, endpoint, nowhere);
                }
            }
            for (Endpoint endpoint : platformOnly) {
                for (RequestMethod method : endpoint.methods()) {
                    expect(wrong, who, 403, caller, method, endpoint, twins.b);
                }
            }
            for (Endpoint endpoint : onARegion) {
                for (RequestMethod method : endpoint.methods()) {
                    expect(wrong, who, 403, caller, method, endpoint, HEBEI);
                    expect(wrong, who, 404, caller, method, endpoint, NO_REGION);
                }
            }
        }
        assertThat(wrong).as("answers other than the refusal").isEmpty();
        assertThat(everythingAdminReads(onABelt)).as("what a platform admin reads after the walk").isEqualTo(before);
    }

    private void expect(List<String> wrong, String who, int status, Api caller, RequestMethod method, Endpoint endpoint, String slug) {
        String path = endpoint.concrete(slug, twins.inB, ADMIN);
        Api.Response response = send(caller, method, path, endpoint.contentType());
        // The API refuses in JSON, the console with a page (ConsoleErrors).
        boolean refused = response.status() == status && (response.body().contains("\"error\"")
                || !path.startsWith("/admin/api/") && response.body().contains("class=\"refusal"));
        if (!refused) {
            wrong.add(who + ": " + method + " " + path + " expected " + status + " but was " + response);
        }
    }

    private static Api.Response send(Api caller, RequestMethod method, String path, MediaType contentType) {
        return switch (method) {
            case GET -> caller.get(path);
            case DELETE -> caller.delete(path);
            default -> {
                String body = contentType.getType().equals("text") ? "x" : "{}";
                yield caller.sendRaw(method.name(), path, contentType.toString(), body.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /**
     * What a platform admin reads of belt B through every GET endpoint on a belt, of the users and belts, and of
     * B's and the platform's audit trail (every change the API makes is audited): status and body of each.
     */
    private Map<String, String> everythingAdminReads(List<Endpoint> onABelt) {
        Map<String, String> reads = new LinkedHashMap<>();
        for (Endpoint endpoint : onABelt) {
            if (endpoint.methods().contains(RequestMethod.GET)) {
                String path = endpoint.concrete(twins.b, twins.inB, ADMIN);
                reads.put(path, readable(admin.get(path)));
            }
        }
        for (String path : List.of("/admin/api/v1/users", "/admin/api/v1/tenants", "/admin/api/v1/audit?limit=20",
                "/admin/api/v1/regions/" + HEBEI + "/belts?size=200",
                "/admin/api/v1/audit?limit=200&tenant=" + twins.b)) {
            reads.put(path, admin.get(path).toString());
        }
        return reads;
    }

    /**
     * A response as compared before and after the walk: a spreadsheet download only by status and type, since a
     * workbook carries the time it was written; a console page without its CSRF token, which is per session (the
     * branding editor keeps its preview draft in a session, so each of its reads starts one).
     */
    private static String readable(Api.Response response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        return type.contains("spreadsheetml") ? response.status() + " " + type
                : CSRF_TOKEN.matcher(response.toString()).replaceAll("name=\"_csrf\" value=\"(token)\"");
    }

    /** One registered path of one handler, and how to call it. */
    private record Endpoint(String pattern, RequestMappingInfo info, HandlerMethod handler) {

        String handlerName() {
            return handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
        }

        Grant grant() {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(Grant.class)) {
                    return parameter.getParameterAnnotation(Grant.class);
                }
            }
            return null;
        }

        boolean regionGrant() {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RegionGrant.class)) {
                    return true;
                }
            }
            return false;
        }

        boolean platformAdmin() {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(PlatformAdmin.class)) {
                    return true;
                }
            }
            return false;
        }

        /** The mapped methods; a mapping that names none takes them all. */
        Set<RequestMethod> methods() {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            return methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE) : methods;
        }

        MediaType contentType() {
            return info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
                    .findFirst().orElse(MediaType.APPLICATION_JSON);
        }

        /**
         * The path with {@code slug} for the belt, B's own ids where a path names one of B's rows, the other
         * user for a user name, a template path for {@code /**}, the first of a variable's alternatives
         * ({@code {format:csv|xlsx}}), and the query parameters the mapping requires.
         */
        String concrete(String slug, TwinBelts.Belt b, String otherUser) {
            String path = pattern.replace("/**", "/pages/home.ftlh")
                    .replace("{slug}", slug)
                    .replace("{code}", slug)
                    .replace("products/{id}", "products/" + b.productId())
                    .replace("suppliers/{id}", "suppliers/" + b.supplierId())
                    .replace("pages/{id}", "pages/" + b.pageId())
                    .replace("categories/{id}", "categories/" + b.categoryId())
                    .replace("{hostname}", b.host())
                    .replace("{username}", otherUser)
                    .replaceAll("\\{\\w+:(\\w+)\\|[^}]*}", "$1")
                    .replaceAll("\\{[^}]+}", "1");
            Grant grant = grant();
            String query = info.getParamsCondition().getExpressions().stream()
                    .filter(expression -> !expression.isNegated())
                    .map(expression -> expression.getName() + "=" + value(expression, grant, slug))
                    .collect(Collectors.joining("&"));
            return query.isEmpty() ? path : path + "?" + query;
        }

        private static String value(NameValueExpression<String> expression, Grant grant, String slug) {
            if (grant != null && expression.getName().equals(grant.slugParameter())) {
                return slug;
            }
            return expression.getValue() == null ? "1" : expression.getValue();
        }
    }
}
