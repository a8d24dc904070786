package org.beltportal.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.admin.console.ConsoleWebConfiguration;
import org.beltportal.admin.console.ConsoleFlash;
import org.beltportal.admin.console.ConsolePages;
import java.util.Map;

import org.beltportal.core.system.PortalProperties;
import org.beltportal.core.system.web.ApiError;
import org.beltportal.core.system.web.ApiErrorWriter;
import org.beltportal.core.system.web.TrustedProxies;
import org.beltportal.core.user.UserService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Two chains. The admin chain covers {@code /admin/**} and {@code /actuator/**}: bearer tokens for
 * automation, form login with a session and CSRF for the console, JSON 401/403 for API callers. The
 * public chain lets buyers in anonymously.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
public class SecurityConfiguration {

    static final String LOGIN = "/admin/login";
    static final String RESET_API = "/admin/api/v1/password-resets";
    private static final int MAX_USERNAME = 200;
    private static final String FRAME_OPTIONS = "X-Frame-Options";

    /** Console sessions, re-checked against the user's current state on every request. */
    @Bean
    CheckedSessionRepository consoleSessions(UserService users) {
        return new CheckedSessionRepository(users);
    }

    @Bean
    @Order(1)
    SecurityFilterChain adminChain(HttpSecurity http, UserService users, ApiErrorWriter errors, PasswordAuthenticationProvider passwords,
                                   CheckedSessionRepository sessions, PortalProperties properties, ConsolePages pages) throws Exception {
        TrustedProxies proxies = TrustedProxies.of(properties.trustedProxies());
        // Only a valid bearer token makes a request safe from forgery (a browser never adds one by itself), and only
        // when no console session rides along; any other Authorization header changes nothing.
        RequestMatcher tokenOnly = request -> BearerTokens.authenticated(request) && !sessions.containsContext(request);
        http.securityMatcher("/admin/**", "/actuator/**")
                // This chain's own manager with no parent: the global one would check a refused password a second
                // time (and count it twice in the throttle).
                .authenticationManager(new ProviderManager(passwords))
                .securityContext(context -> context.securityContextRepository(
                        new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), sessions)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/admin/api/v1/tokens").permitAll()
                        .requestMatchers(LOGIN).permitAll()
                        // Password reset is for people who cannot log in: the token in the link is the credential.
                        .requestMatchers(HttpMethod.POST, RESET_API, RESET_API + "/*").permitAll()
                        .requestMatchers(PasswordResetPageController.PAGE, PasswordResetPageController.PAGE + "/request").permitAll()
                        .requestMatchers(HttpMethod.GET, ConsoleWebConfiguration.PATH + "**").permitAll()
                        // The preview handoff on a belt's own host: the single-use ticket is the credential (decision 0041).
                        .requestMatchers(HttpMethod.GET, PreviewExchangeController.PATH).permitAll()
                        .requestMatchers("/actuator/**").hasRole("PLATFORM_ADMIN")
                        .anyRequest().authenticated())
                // Before the CSRF check, which must know whether a valid token authenticated the request.
                .addFilterBefore(new BearerTokenFilter(users, errors), CsrfFilter.class)
                .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/admin/", true)
                        .authenticationDetailsSource(proxies::clientOf)
                        .failureHandler(loginFailure(pages)))
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl(LOGIN + "?logout"))
                // The token endpoint reads no session, so a forged request to it could gain nothing.
                // Nor do the reset API's calls, which act only on what their body or token names.
                .csrf(csrf -> csrf.ignoringRequestMatchers(tokenOnly)
                        .ignoringRequestMatchers("/admin/api/v1/tokens", RESET_API, RESET_API + "/*"))
                .httpBasic(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized(errors))
                        .accessDeniedHandler(forbidden(errors, pages)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // Public pages and the public JSON API take no cookie-based identity, so a forged request could
                // do nothing the forger cannot do directly: buyers' inquiry form posts without a CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/t/*/api/**", "/inquiries", "/t/*/inquiries"))
                // No page may be framed, except one showing an operator's draft, which says SAMEORIGIN itself for the
                // console's preview frame (decision 0038); Security's own writer would overwrite it with DENY.
                .headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                        .addHeaderWriter((request, response) -> {
                            if (!response.containsHeader(FRAME_OPTIONS)) {
                                response.setHeader(FRAME_OPTIONS, "DENY");
                            }
                        }))
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }

    private static AuthenticationEntryPoint unauthorized(ApiErrorWriter errors) {
        return (request, response, exception) -> {
            String path = request.getRequestURI();
            boolean ended = request.getAttribute(CheckedSessionRepository.ENDED) != null;
            if (ApiErrorWriter.isApiPath(path) || path.startsWith("/actuator")) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"BeltPortal\"");
                errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, ApiError.of("unauthorized", ended
                        ? "your console session has ended because your account or password changed; log in again"
                        : "log in: POST /admin/api/v1/tokens with HTTP Basic, then send the bearer token"));
            } else {
                // A session cookie the server no longer knows: the session timed out (or the server lost it).
                boolean expired = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
                response.sendRedirect(request.getContextPath() + LOGIN + (ended ? "?ended" : expired ? "?expired" : ""));
            }
        };
    }

    /** JSON for programs; for a person's console form (its CSRF token missing or stale) a page that says what to do. */
    private static AccessDeniedHandler forbidden(ApiErrorWriter errors, ConsolePages pages) {
        return (request, response, exception) -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (ApiErrorWriter.isApiPath(path) || path.startsWith("/actuator")) {
                errors.write(response, HttpServletResponse.SC_FORBIDDEN,
                        ApiError.of("forbidden", "you may not do this (or the CSRF token is missing)"));
            } else {
                pages.write(HttpServletResponse.SC_FORBIDDEN, "error", Map.of("status", 403, "messageKey", "error.staleForm"),
                        request, response);
            }
        };
    }

    /**
     * A throttled login answers 429 with the form and how long to wait; a wrong one goes back to the form
     * (post/redirect/get) with the username kept for it in the flash map, so only the password is typed again.
     */
    private static AuthenticationFailureHandler loginFailure(ConsolePages pages) {
        FlashMapManager flashes = new SessionFlashMapManager();
        return (request, response, exception) -> {
            String username = typedUsername(request);
            if (exception instanceof TooManyAttemptsException throttled) {
                long seconds = throttled.retryAfterSeconds();
                response.setHeader("Retry-After", Long.toString(seconds));
                pages.write(429, "security/login", LoginPageController.model(
                        ConsoleFlash.alert("login.throttled", Long.toString(seconds)), username), request, response);
            } else {
                FlashMap flash = new FlashMap();
                flash.put(LoginPageController.USERNAME, username);
                flash.setTargetRequestPath(request.getContextPath() + LOGIN);
                flashes.saveOutputFlashMap(flash, request, response);
                response.sendRedirect(request.getContextPath() + LOGIN + "?error");
            }
        };
    }

    /** What was typed as the username, cut to a length no real one reaches (it is kept in the session). */
    private static String typedUsername(HttpServletRequest request) {
        String typed = request.getParameter("username");
        return typed == null ? "" : typed.length() > MAX_USERNAME ? typed.substring(0, MAX_USERNAME) : typed;
    }
}
