package org.beltportal.admin.security;

import java.util.List;
import java.util.Optional;

import org.beltportal.core.system.TooManyRequestsException;
import org.beltportal.core.system.web.ClientAddress;
import org.beltportal.core.user.User;
import org.beltportal.core.user.UserService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password for both ways in (console form login and the token endpoint's HTTP
 * Basic). The account is looked up first so the throttle counts it by id, whatever spelling of its name
 * the database accepted; then the throttle, then the password (against a dummy hash for no account).
 * The caller's {@link ClientAddress} comes as the authentication's details.
 */
@Component
public class PasswordAuthenticationProvider implements AuthenticationProvider {

    private static final ClientAddress UNKNOWN_ADDRESS = new ClientAddress("unknown");

    private final UserService users;
    private final LoginThrottle throttle;

    public PasswordAuthenticationProvider(UserService users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        ClientAddress address = authentication.getDetails() instanceof ClientAddress client ? client : UNKNOWN_ADDRESS;
        Optional<User> account = users.findForLogin(username);
        LoginThrottle.Attempt attempt;
        try {
            attempt = throttle.begin(account.map(user -> LoginThrottle.account(user.id()))
                    .orElseGet(() -> throttle.unknownAccount(username)), address);
        } catch (TooManyRequestsException throttled) {
            throw new TooManyAttemptsException(throttled.retryAfterSeconds());
        }
        Optional<User> user = users.checkPassword(account, String.valueOf(authentication.getCredentials()));
        if (user.isEmpty()) {
            throw new BadCredentialsException("wrong username or password");
        }
        attempt.succeeded();
        return authenticated(PortalUser.of(user.get()));
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
