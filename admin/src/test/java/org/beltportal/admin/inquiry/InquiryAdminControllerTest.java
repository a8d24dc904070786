package org.beltportal.admin.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.beltportal.admin.security.LoginThrottle;
import org.beltportal.admin.security.PasswordAuthenticationProvider;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.security.RightsWebConfiguration;
import org.beltportal.admin.security.SecurityConfiguration;
import org.beltportal.core.inquiry.Inquiry;
import org.beltportal.core.inquiry.InquiryFilter;
import org.beltportal.core.inquiry.InquiryNote;
import org.beltportal.core.inquiry.InquiryService;
import org.beltportal.core.notification.Channel;
import org.beltportal.core.notification.Delivery;
import org.beltportal.core.notification.DeliveryHistory;
import org.beltportal.core.notification.DeliveryStatus;
import org.beltportal.core.inquiry.InquiryStatus;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.system.web.ApiErrorWriter;
import org.beltportal.core.system.web.ApiExceptionHandler;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.region.Regions;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.TenantStatus;
import org.beltportal.core.testing.InMemoryLimits;
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

/** The web slice: listing shape, filters, notes, CSV export, role checks per action, isolation answers, with the services mocked. */
@WebMvcTest(InquiryAdminController.class)
@Import({SecurityConfiguration.class, RightsWebConfiguration.class, ApiExceptionHandler.class, ApiErrorWriter.class,
        PasswordAuthenticationProvider.class, LoginThrottle.class, InMemoryLimits.class})
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
    /** Read by the rights resolvers of region endpoints (decision 0040); none is called here. */
    @MockitoBean
    Regions regions;
    @MockitoBean
    UserService users;
    @MockitoBean
    DeliveryHistory deliveries;

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
        given(inquiries.page(eq(ZHILI), eq(InquiryFilter.ofStatus(InquiryStatus.NEW)), eq(new PageQuery(0, 20))))
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

    @Test
    void filtersReachTheServiceWithDatesAsTheBeltsCalendarDays() throws Exception {
        InquiryFilter expected = new InquiryFilter(InquiryStatus.HANDLED, 3L, 11L, Instant.parse("2026-10-31T16:00:00Z"),
                Instant.parse("2026-11-21T16:00:00Z"), "连衣裙");
        given(inquiries.page(eq(ZHILI), eq(expected), eq(new PageQuery(0, 50)))).willReturn(new ResultPage<>(List.of(), 0, 0, 50));

        mvc.perform(get("/admin/api/v1/tenants/zhili/inquiries?status=handled&supplierId=3&productId=11&from=2026-11-01"
                        + "&to=2026-11-21&q=连衣裙").with(authentication(as(ZHILI, Role.EDITOR))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void badDateIs422NamingTheParameter() throws Exception {
        mvc.perform(get("/admin/api/v1/tenants/zhili/inquiries?from=yesterday").with(authentication(as(ZHILI, Role.EDITOR))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].field").value("from"));
    }

    @Test
    void detailCarriesNotesAndDeliveries() throws Exception {
        given(inquiries.require(ZHILI, 5)).willReturn(inquiry(5, InquiryStatus.NEW));
        given(inquiries.notes(ZHILI, 5)).willReturn(List.of(new InquiryNote(1, 5, "operator", "已回电", NOW)));
        given(deliveries.ofInquiry(ZHILI, 5)).willReturn(List.of(new Delivery(9, ZHILI, 5, Channel.EMAIL, "op@example.com",
                DeliveryStatus.PENDING, 1, NOW, "MailConnectException: connection refused", NOW, NOW)));

        mvc.perform(get("/admin/api/v1/tenants/zhili/inquiries/5").with(authentication(as(ZHILI, Role.CAMPAIGN_MANAGER))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(5))
                .andExpect(jsonPath("$.productTitle").value("女童连衣裙"))
                .andExpect(jsonPath("$.notes[0].author").value("operator"))
                .andExpect(jsonPath("$.notes[0].body").value("已回电"))
                .andExpect(jsonPath("$.deliveries[0].channel").value("email"))
                .andExpect(jsonPath("$.deliveries[0].status").value("pending"))
                .andExpect(jsonPath("$.deliveries[0].attempts").value(1))
                .andExpect(jsonPath("$.deliveries[0].tenantId").doesNotExist());
    }

    @Test
    void editorAddsANoteAsThemselves() throws Exception {
        given(inquiries.addNote("someone", ZHILI, 5, "已寄样")).willReturn(new InquiryNote(2, 5, "someone", "已寄样", NOW));

        mvc.perform(post("/admin/api/v1/tenants/zhili/inquiries/5/notes").with(authentication(as(ZHILI, Role.EDITOR))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"已寄样\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.author").value("someone"));
    }

    @Test
    void campaignManagerMayNotAddNotes() throws Exception {
        mvc.perform(post("/admin/api/v1/tenants/zhili/inquiries/5/notes").with(authentication(as(ZHILI, Role.CAMPAIGN_MANAGER)))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"x\"}"))
                .andExpect(status().isForbidden());

        verify(inquiries, never()).addNote(any(), any(), any(Long.class), any());
    }

    @Test
    void noteOnAnotherPortalsInquiryIs404() throws Exception {
        given(inquiries.addNote("someone", ZHILI, 99, "x")).willThrow(new NotFoundException("no inquiry 99"));

        mvc.perform(post("/admin/api/v1/tenants/zhili/inquiries/99/notes").with(authentication(as(ZHILI, Role.EDITOR))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"x\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    @SuppressWarnings("unchecked")
    void csvExportStartsWithABomAndNeutralisesFormulas() throws Exception {
        Inquiry attack = new Inquiry(6, ZHILI, 11, 3L, "=HYPERLINK(\"http://evil\")", 2, "+SUM(A1:A9)", "-2+3", "13805712345",
                "@evil.example", "line one\n\"quoted\", comma", InquiryStatus.NEW, null, NOW, NOW);
        willAnswer(call -> {
            ((Consumer<Inquiry>) call.getArgument(2)).accept(attack);
            return null;
        }).given(inquiries).forEach(eq(ZHILI), eq(InquiryFilter.ALL), any());

        byte[] body = mvc.perform(get("/admin/api/v1/tenants/zhili/inquiries/export.csv").with(authentication(as(ZHILI, Role.EDITOR))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"inquiries-zhili.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(csv).contains(
                "id,createdAt,status,productId,productTitle,supplierId,quantity,name,company,phone,email,message\r\n",
                "6,2026-11-21 08:00:00,new,11,\"'=HYPERLINK(\"\"http://evil\"\")\",3,2,'+SUM(A1:A9),'-2+3,13805712345,'@evil.example,"
                        + "\"line one\n\"\"quoted\"\", comma\"\r\n");
    }

    @Test
    void exportOfAnotherPortalIsForbidden() throws Exception {
        mvc.perform(get("/admin/api/v1/tenants/zhili/inquiries/export.csv").with(authentication(as(YIWU, Role.REGION_OPERATOR))))
                .andExpect(status().isForbidden());

        verify(inquiries, never()).forEach(any(), any(), any());
    }
}
