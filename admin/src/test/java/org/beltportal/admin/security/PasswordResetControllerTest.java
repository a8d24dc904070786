package org.beltportal.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.beltportal.core.notification.PasswordResetMailer;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.web.ApiErrorWriter;
import org.beltportal.core.system.web.ApiExceptionHandler;
import org.beltportal.core.system.web.ClientAddressConfiguration;
import org.beltportal.core.region.Regions;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.InMemoryLimits;
import org.beltportal.core.user.PasswordResets;
import org.beltportal.core.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Reset endpoints for people who cannot log in: open without a session, one answer for every name, throttled. */
@WebMvcTest({PasswordResetController.class, PasswordResetPageController.class})
@Import({SecurityConfiguration.class, RightsWebConfiguration.class, ApiExceptionHandler.class, ApiErrorWriter.class,
        ClientAddressConfiguration.class,
        PasswordAuthenticationProvider.class, LoginThrottle.class, InMemoryLimits.class})
class PasswordResetControllerTest {

    @Autowired
    MockMvc mvc;
    @MockitoBean
    PasswordResetMailer mailer;
    @MockitoBean
    PasswordResets resets;
    @MockitoBean
    TenantService tenants;
    /** Read by the rights resolvers of region endpoints (decision 0040); none is called here. */
    @MockitoBean
    Regions regions;
    @MockitoBean
    UserService users;

    private String ask(String name) throws Exception {
        return mvc.perform(post("/admin/api/v1/password-resets").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usernameOrEmail\":\"" + name + "\"}"))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void existingAndUnknownNamesGetTheSameAnswerWithoutSessionOrCsrfToken() throws Exception {
        String known = ask("operator");
        String unknown = ask("nobody-at-all");

        assertThat(unknown).isEqualTo(known);
        verify(mailer).request("operator");
        verify(mailer).request("nobody-at-all");
    }

    @Test
    void repeatedRequestsForOneNameAreThrottled() throws Exception {
        ask("victim");
        mvc.perform(post("/admin/api/v1/password-resets").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usernameOrEmail\":\"victim\"}"))
                .andExpect(status().isAccepted());
        mvc.perform(post("/admin/api/v1/password-resets").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"usernameOrEmail\":\"VICTIM\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    void tokenSetsThePassword() throws Exception {
        mvc.perform(post("/admin/api/v1/password-resets/abc").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"newPassword\":\"Brand-new-secret-7\"}"))
                .andExpect(status().isNoContent());

        verify(resets).complete("abc", "Brand-new-secret-7");
    }

    @Test
    void usedOrExpiredTokenIs404AndWeakPasswordIs422() throws Exception {
        willThrow(new NotFoundException("this password reset link is unknown, used or expired")).given(resets).complete("used", "Brand-new-secret-7");
        willThrow(new InvalidInputException(List.of(new FieldProblem("newPassword", "must have at least 10 characters"))))
                .given(resets).complete("fresh", "short");

        mvc.perform(post("/admin/api/v1/password-resets/used").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"newPassword\":\"Brand-new-secret-7\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(post("/admin/api/v1/password-resets/fresh").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"newPassword\":\"short\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].field").value("newPassword"));
    }

    @Test
    void linkPageEscapesTheTokenItShows() throws Exception {
        given(resets.usable("\"><script>alert(1)</script>")).willReturn(true);
        mvc.perform(get("/admin/password-reset").param("token", "\"><script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void aUsedOrExpiredLinkSaysSoWithoutAForm() throws Exception {
        given(resets.usable("used")).willReturn(false);
        mvc.perform(get("/admin/password-reset").param("token", "used"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("name=\"newPassword\""))))
                .andExpect(content().string(containsString("href=\"/admin/password-reset\"")));
    }

    @Test
    void pageFormWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/password-reset").param("token", "abc").param("newPassword", "Brand-new-secret-7"))
                .andExpect(status().isForbidden());
    }
}
