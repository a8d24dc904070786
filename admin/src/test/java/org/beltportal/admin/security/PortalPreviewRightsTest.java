package org.beltportal.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.user.PreviewTickets;
import org.beltportal.core.user.Role;
import org.beltportal.core.user.RoleGrant;
import org.beltportal.core.user.User;
import org.beltportal.core.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Who may preview a belt with {@code ?at=}: anyone with a grant on it, or a platform admin; nobody else. */
class PortalPreviewRightsTest {

    static final TenantId ZHILI = new TenantId(1);
    static final TenantId YIWU = new TenantId(2);

    final UserService users = mock(UserService.class);
    final PreviewTickets tickets = mock(PreviewTickets.class);
    final PortalPreviewRights rights = new PortalPreviewRights(users, tickets);

    private static User user(String name, boolean enabled, RoleGrant... grants) {
        return new User(1, name, "hash", enabled, Instant.EPOCH, List.of(grants));
    }

    private static MockHttpServletRequest bearer(String token) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Authorization", "Bearer " + token);
        return request;
    }

    private static MockHttpServletRequest session(User user) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(PasswordAuthenticationProvider.authenticated(PortalUser.of(user))));
        return request;
    }

    @Test
    void anonymousMayNotPreview() {
        assertThat(rights.mayPreview(new MockHttpServletRequest("GET", "/"), ZHILI)).isFalse();
        assertThat(rights.mayPreview(bearer("unknown"), ZHILI)).isFalse();
    }

    @Test
    void operatorOfThisBeltMayPreviewByTokenOrSession() {
        User operator = user("op", true, new RoleGrant(ZHILI, Role.CAMPAIGN_MANAGER));
        when(users.userForToken("t1")).thenReturn(Optional.of(operator));
        when(users.sessionUser(1, operator.credentialStamp())).thenReturn(Optional.of(operator));

        assertThat(rights.mayPreview(bearer("t1"), ZHILI)).isTrue();
        assertThat(rights.mayPreview(session(operator), ZHILI)).isTrue();
    }

    @Test
    void operatorOfAnotherBeltMayNotPreview() {
        User operator = user("yiwu-op", true, new RoleGrant(YIWU, Role.REGION_OPERATOR));
        when(users.userForToken("t2")).thenReturn(Optional.of(operator));
        when(users.sessionUser(1, operator.credentialStamp())).thenReturn(Optional.of(operator));

        assertThat(rights.mayPreview(bearer("t2"), ZHILI)).isFalse();
        assertThat(rights.mayPreview(session(operator), ZHILI)).isFalse();
    }

    @Test
    void platformAdminMayPreviewEveryBelt() {
        User admin = user("admin", true, new RoleGrant(null, Role.PLATFORM_ADMIN));
        when(users.userForToken("t3")).thenReturn(Optional.of(admin));

        assertThat(rights.mayPreview(bearer("t3"), ZHILI)).isTrue();
        assertThat(rights.mayPreview(bearer("t3"), YIWU)).isTrue();
    }

    @Test
    void sessionRightsAreReadAgainSoARevokedGrantOrAnEndedSessionNoLongerPreviews() {
        User atLogin = user("op", true, new RoleGrant(ZHILI, Role.EDITOR));
        when(users.sessionUser(1, atLogin.credentialStamp())).thenReturn(Optional.of(user("op", true)));
        assertThat(rights.mayPreview(session(atLogin), ZHILI)).isFalse();

        // Deleted, disabled or with a new password: the store no longer answers for the session.
        when(users.sessionUser(1, atLogin.credentialStamp())).thenReturn(Optional.empty());
        assertThat(rights.mayPreview(session(atLogin), ZHILI)).isFalse();
    }
}
