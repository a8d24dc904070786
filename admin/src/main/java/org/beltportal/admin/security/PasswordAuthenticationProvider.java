package org.beltportal.admin.security;

import java.util.List;

import org.beltportal.core.user.UserService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password for both ways in (console form login and the token endpoint's HTTP
 * Basic), with the throttle applied before the password is even looked at.
 */
@Component
public class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final UserService users;
    private final LoginThrottle throttle;

    public PasswordAuthenticationProvider(UserService users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (throttle.isLocked(username)) {
            throw new TooManyAttemptsException(username);
        }
        String password = String.valueOf(authentication.getCredentials());
        return users.authenticate(username, password)
                .map(user -> {
                    throttle.succeeded(username);
                    return authenticated(PortalUser.of(user));
                })
                .orElseThrow(() -> {
                    throttle.failed(username);
                    return new BadCredentialsException("wrong username or password");
                });
    }

    static Authentication authenticated(PortalUser user) {
        List<SimpleGrantedAuthority> authorities = user.isPlatformAdmin()
                ? List.of(new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN"), new SimpleGrantedAuthority("ROLE_USER"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
