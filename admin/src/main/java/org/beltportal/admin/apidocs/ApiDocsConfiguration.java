package org.beltportal.admin.apidocs;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.core.region.Region;
import org.beltportal.core.system.web.ClientAddress;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.web.Site;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JsonNode;

/**
 * The document's fixed parts: what it is, where it is served from, how a caller authenticates. The
 * document depends on no request: its one server is the relative {@code /}, so the answer is the same on
 * every platform host and holds no host name, belt or other data (decision 0025).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfiguration implements WebMvcConfigurer {

    static final String BEARER = "bearer";
    static final String BASIC = "basic";
    static final String SESSION = "consoleSession";
    static final String CSRF = "csrf";

    static {
        // Filled by the portal's own argument resolvers, never sent by a client: not parameters of the API.
        SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(Tenant.class, Region.class, Site.class, ClientAddress.class, PortalUser.class)
                .addAnnotationsToIgnore(AuthenticationPrincipal.class)
                // Audit entries carry the entity before and after as it was stored: any JSON object.
                .replaceWithSchema(JsonNode.class, SharedResponses.typed("object").additionalProperties(true)
                        .description("The entity as JSON, as it was stored"));
    }

    @Bean
    OpenAPI beltPortalApi() {
        return new OpenAPI()
                .info(new Info().title("BeltPortal API").version("v1").description("""
                        The admin JSON API (`/admin/api/v1/`, a bearer token or a console session) and the public JSON \
                        API of every belt portal (`/api/v1/`, on the belt's host or under `/t/{slug}`, anonymous). \
                        Every error is `{"error", "message", "details"}`; `error` is a stable code to switch on. \
                        A walk-through for integrators is docs/api.md."""))
                .externalDocs(new ExternalDocumentation().description("Integrator's guide: docs/api.md").url("docs/api.md"))
                .servers(List.of(new Server().url("/").description("The platform host this document was read from")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A token from POST /admin/api/v1/tokens, valid for 12 hours"))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A user's name and password; only POST /admin/api/v1/tokens takes them"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("The console's session after the form login at /admin/login"))
                        .addSecuritySchemes(CSRF, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-CSRF-TOKEN")
                                .description("The session's CSRF token: every write with a console session needs it")));
    }

    @Bean
    GrantedBeltParameter grantedBeltParameter() {
        return new GrantedBeltParameter();
    }

    @Bean
    ApiDocsDescriptions apiDocsDescriptions() {
        return new ApiDocsDescriptions();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiDocsOffBeltSites()).addPathPatterns(ApiDocsOffBeltSites.PATHS);
    }
}
