package org.beltportal.admin.inquiry;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.beltportal.admin.security.LoginThrottle;
import org.beltportal.admin.security.PasswordAuthenticationProvider;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.security.RightsWebConfiguration;
import org.beltportal.admin.security.SecurityConfiguration;
import org.beltportal.core.inquiry.Inquiry;
import org.beltportal.core.inquiry.InquiryService;
import org.beltportal.core.inquiry.InquiryStatus;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.system.web.ApiErrorWriter;
import org.beltportal.core.system.web.ApiExceptionHandler;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.TenantStatus;
import org.beltportal.core.user.Role;
import org.beltportal.core.user.RoleGrant;
import org.beltportal.core.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The web slice: listing shape, role checks per action, isolation answers, with the service mocked. */
@WebMvcTest(InquiryAdminController.class)
@Import({SecurityConfiguration.class, RightsWebConfiguration.class, ApiExceptionHandler.class, ApiErrorWriter.class,
        PasswordAuthenticationProvider.class, LoginThrottle.class})
class InquiryAdminControllerTest {

    static final TenantId ZHILI = new TenantId(7);
    static final TenantId YIWU = new TenantId(8);
    static final Instant NOW = Instant.parse("2026-11-21T00:00:00Z");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    InquiryService inquiries;
    @MockitoBean
    TenantService tenants;
    @MockitoBean
    UserService users;

    @BeforeEach
    void zhiliExists() {
        given(tenants.requireBySlug("zhili")).willReturn(new Tenant(ZHILI, "zhili", "织里", null, null, "zh-CN",
                "Asia/Shanghai", "catalog", TenantStatus.ACTIVE, null, NOW, NOW));
    }

    static Authentication as(TenantId tenant, Role role) {
        PortalUser user = new PortalUser(1, "someone", List.of(new RoleGrant(tenant, role)), "stamp");
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of());
    }

    static Inquiry inquiry(long id, InquiryStatus status) {
        return new Inquiry(id, ZHILI, 11, 3L, "女童连衣裙", 500, "王丽", "杭州童趣贸易", "13805712345", null, "请报价", status,
                "ab".repeat(32), NOW, NOW);
    }

    @Test
    void anyGrantOnThePortalMayListItsInquiries() throws Exception {
        given(inquiries.page(eq(ZHILI), eq(InquiryStatus.NEW), eq(new PageQuery(0, 20))))
                .willReturn(new ResultPage<>(List.of(inquiry(5, InquiryStatus.NEW)), 1, 0, 20));

        mvc.perform(get("/admin/api/v1/tenants/zhili/inquiries?status=new&size=20").with(authentication(as(ZHILI, Role.CAMPAIGN_MANAGER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(5))
                .andExpect(jsonPath("$.items[0].productTitle").value("女童连衣裙"))
                .andExpect(jsonPath("$.items[0].status").value("new"))
                .andExpect(jsonPath("$.items[0].createdAt").value("2026-11-21T00:00:00Z"));
    }

    @Test
    void unknownStatusFilterIs422() throws Exception {
        mvc.perform(get("/admin/api/v1/tenants/zhili/inquiries?status=deleted").with(authentication(as(ZHILI, Role.EDITOR))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].field").value("status"));
    }

    @Test
    void editorMarksAnInquiryHandled() throws Exception {
        given(inquiries.markStatus("someone", ZHILI, 5, InquiryStatus.HANDLED)).willReturn(inquiry(5, InquiryStatus.HANDLED));

        mvc.perform(put("/admin/api/v1/tenants/zhili/inquiries/5/status").with(authentication(as(ZHILI, Role.EDITOR))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"handled\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("handled"));
    }

    @Test
    void campaignManagerMayNotChangeStatus() throws Exception {
        mvc.perform(put("/admin/api/v1/tenants/zhili/inquiries/5/status").with(authentication(as(ZHILI, Role.CAMPAIGN_MANAGER)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"spam\"}"))
                .andExpect(status().isForbidden());

        verify(inquiries, never()).markStatus(any(), any(), any(Long.class), any());
    }

    @Test
    void operatorOfAnotherPortalIsForbidden() throws Exception {
        mvc.perform(get("/admin/api/v1/tenants/zhili/inquiries").with(authentication(as(YIWU, Role.REGION_OPERATOR))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
    }

    @Test
    void anotherPortalsInquiryIdIs404() throws Exception {
        given(inquiries.markStatus("someone", ZHILI, 99, InquiryStatus.SPAM)).willThrow(new NotFoundException("no inquiry 99"));
        given(inquiries.require(ZHILI, 99)).willThrow(new NotFoundException("no inquiry 99"));

        mvc.perform(put("/admin/api/v1/tenants/zhili/inquiries/99/status").with(authentication(as(ZHILI, Role.REGION_OPERATOR)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"spam\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(get("/admin/api/v1/tenants/zhili/inquiries/99").with(authentication(as(ZHILI, Role.REGION_OPERATOR))))
                .andExpect(status().isNotFound());
    }

    @Test
    void consoleSessionStillNeedsItsCsrfToken() throws Exception {
        mvc.perform(put("/admin/api/v1/tenants/zhili/inquiries/5/status").with(authentication(as(ZHILI, Role.EDITOR)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"handled\"}"))
                .andExpect(status().isForbidden());

        verify(inquiries, never()).markStatus(any(), any(), any(Long.class), any());
    }

    @Test
    void anonymousCallerIs401() throws Exception {
        mvc.perform(get("/admin/api/v1/tenants/zhili/inquiries"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("unauthorized"));
    }
}
