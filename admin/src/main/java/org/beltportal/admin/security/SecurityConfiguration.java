package org.beltportal.admin.security;

import jakarta.servlet.http.HttpServletResponse;
import org.beltportal.core.system.web.ApiError;
import org.beltportal.core.system.web.ApiErrorWriter;
import org.beltportal.core.user.UserService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two chains. The admin chain covers {@code /admin/**} and {@code /actuator/**}: bearer tokens for
 * automation, form login with a session and CSRF for the console, JSON 401/403 for API callers. The
 * public chain lets buyers in anonymously.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String LOGIN = "/admin/login";

    @Bean
    @Order(1)
    SecurityFilterChain adminChain(HttpSecurity http, UserService users, ApiErrorWriter errors,
                                   PasswordAuthenticationProvider passwords, LoginThrottle throttle) throws Exception {
        RequestMatcher sendsCredentials = request -> request.getHeader("Authorization") != null;
        http.securityMatcher("/admin/**", "/actuator/**")
                .authenticationProvider(passwords)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/admin/api/v1/tokens").permitAll()
                        .requestMatchers(LOGIN).permitAll()
                        .requestMatchers("/actuator/**").hasRole("PLATFORM_ADMIN")
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(users, errors), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/admin/", true)
                        .failureHandler(loginFailure(throttle)))
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl(LOGIN + "?logout"))
                // Token calls carry their credentials in a header a browser never adds by itself, and the token
                // endpoint reads no session: neither can be ridden by a cross-site request.
                .csrf(csrf -> csrf.ignoringRequestMatchers(sendsCredentials).ignoringRequestMatchers("/admin/api/v1/tokens"))
                .httpBasic(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized(errors))
                        .accessDeniedHandler(forbidden(errors)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // Public pages and the public JSON API take no cookie-based identity, so a forged request could
                // do nothing the forger cannot do directly: buyers' inquiry form posts without a CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/t/*/api/**", "/inquiries", "/t/*/inquiries"))
                .requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }

    private static AuthenticationEntryPoint unauthorized(ApiErrorWriter errors) {
        return (request, response, exception) -> {
            String path = request.getRequestURI();
            if (ApiErrorWriter.isApiPath(path) || path.startsWith("/actuator")) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"BeltPortal\"");
                errors.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                        ApiError.of("unauthorized", "log in: POST /admin/api/v1/tokens with HTTP Basic, then send the bearer token"));
            } else {
                response.sendRedirect(request.getContextPath() + LOGIN);
            }
        };
    }

    private static AccessDeniedHandler forbidden(ApiErrorWriter errors) {
        return (request, response, exception) -> errors.write(response, HttpServletResponse.SC_FORBIDDEN,
                ApiError.of("forbidden", "you may not do this (or the CSRF token is missing)"));
    }

    private static AuthenticationFailureHandler loginFailure(LoginThrottle throttle) {
        return (request, response, exception) -> {
            if (exception instanceof TooManyAttemptsException) {
                response.setHeader("Retry-After", Long.toString(throttle.retryAfterSeconds()));
                response.sendError(429, "Too many failed logins; try again later");
            } else {
                response.sendRedirect(request.getContextPath() + LOGIN + "?error");
            }
        };
    }
}
