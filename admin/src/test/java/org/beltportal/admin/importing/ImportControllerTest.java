package org.beltportal.admin.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.beltportal.admin.security.LoginThrottle;
import org.beltportal.admin.security.PasswordAuthenticationProvider;
import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.security.RightsWebConfiguration;
import org.beltportal.admin.security.SecurityConfiguration;
import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobProgress;
import org.beltportal.core.job.JobService;
import org.beltportal.core.job.JobState;
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
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The upload endpoint: rights, 202 with the job id, 422 for files that cannot become an import, 413 past its limits. */
@WebMvcTest(ImportController.class)
@Import({SecurityConfiguration.class, RightsWebConfiguration.class, ApiExceptionHandler.class, ApiErrorWriter.class,
        PasswordAuthenticationProvider.class, LoginThrottle.class, InMemoryLimits.class, ProductImports.class})
class ImportControllerTest {

    static final TenantId ZHILI = new TenantId(7);
    static final Instant NOW = Instant.parse("2026-11-21T00:00:00Z");
    static final String PATH = "/admin/api/v1/tenants/zhili/products/import";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    JobService jobs;
    @MockitoBean
    ProductImportJob importJob;
    @MockitoBean
    TenantService tenants;
    /** Read by the rights resolvers of region endpoints (decision 0040); none is called here. */
    @MockitoBean
    Regions regions;
    @MockitoBean
    UserService users;
    @TempDir
    Path dir;

    @BeforeEach
    void zhiliExists() {
        given(tenants.requireBySlug("zhili")).willReturn(new Tenant(ZHILI, "zhili", "织里", null, null, "zh-CN",
                "Asia/Shanghai", "catalog", TenantStatus.ACTIVE, null, NOW, NOW));
    }

    static Authentication as(Role role) {
        PortalUser user = new PortalUser(1, "someone", List.of(new RoleGrant(ZHILI, role)), "stamp");
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of());
    }

    static MockMultipartFile csv(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptedUploadAnswers202WithTheJobId() throws Exception {
        ArgumentCaptor<Function<JobProgress, String>> work = ArgumentCaptor.captor();
        given(jobs.start(eq("someone"), eq(ZHILI), eq("import"), work.capture())).willReturn(
                new Job(41, ZHILI, "import", JobState.QUEUED, 0, null, 0, List.of(), null, "someone", NOW, NOW));

        mvc.perform(multipart(PATH).file(csv("p.csv", ImportFileTest.GOOD_CSV)).with(authentication(as(Role.EDITOR))).with(csrf()))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/admin/api/v1/jobs/41"))
                .andExpect(jsonPath("$.jobId").value(41));

        work.getValue().apply(null);
        ArgumentCaptor<ImportFile> file = ArgumentCaptor.captor();
        verify(importJob).run(file.capture(), eq("someone"), eq(ZHILI), eq(false), isNull());
        assertThat(file.getValue().path()).hasContent(ImportFileTest.GOOD_CSV);
        file.getValue().delete();
    }

    @Test
    void campaignManagerMayNotImport() throws Exception {
        mvc.perform(multipart(PATH).file(csv("p.csv", ImportFileTest.GOOD_CSV)).with(authentication(as(Role.CAMPAIGN_MANAGER))).with(csrf()))
                .andExpect(status().isForbidden());
        verify(jobs, never()).start(any(), any(), any(), any());
    }

    @Test
    void headerProblemsAre422BeforeAnyJob() throws Exception {
        mvc.perform(multipart(PATH).file(csv("p.csv", "sku,title,colour\nA,b,c\n")).with(authentication(as(Role.EDITOR))).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("invalid"))
                .andExpect(jsonPath("$.details[0].field").value("file"))
                .andExpect(jsonPath("$.details[0].message").value(startsWith("unknown columns: colour")))
                .andExpect(jsonPath("$.details[1].message").value("missing required columns: supplier (or supplierId), moq, priceTiers"));
        verify(jobs, never()).start(any(), any(), any(), any());
    }

    @Test
    void missingFileIs422() throws Exception {
        mvc.perform(multipart(PATH).with(authentication(as(Role.EDITOR))).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].field").value("file"));
    }

    static MockMultipartFile xlsx(Path file) throws java.io.IOException {
        return new MockMultipartFile("file", "products.xlsx", "application/octet-stream", Files.readAllBytes(file));
    }

    @Test
    void sharedStringBombIs413WithItsLimitBeforeAnyJob() throws Exception {
        Path bomb = TestFiles.rawXlsx(dir, TestFiles.sheet(out -> out.write(TestFiles.INLINE_HEADER
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>")),
                TestFiles.sharedStrings(out -> {
                    out.write("<si><t>");
                    TestFiles.repeat(out, "x", 256L << 20);
                    out.write("</t></si>");
                }), Map.of());

        mvc.perform(multipart(PATH).file(xlsx(bomb)).with(authentication(as(Role.EDITOR))).with(csrf()))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.error").value("payload_too_large"))
                .andExpect(jsonPath("$.details[0].field").value("file"))
                .andExpect(jsonPath("$.details[0].message").value(containsString("xl/sharedStrings.xml expands to more than")));
        verify(jobs, never()).start(any(), any(), any(), any());
    }

    @Test
    void workbookWithADocumentTypeIs422() throws Exception {
        Path file = TestFiles.rawXlsx(dir, out -> out.write("<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY e \"x\">]>"
                + "<worksheet><sheetData>" + TestFiles.INLINE_HEADER + "</sheetData></worksheet>"), null, Map.of());

        mvc.perform(multipart(PATH).file(xlsx(file)).with(authentication(as(Role.EDITOR))).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.details[0].message").value(containsString("declares a document type")));
        verify(jobs, never()).start(any(), any(), any(), any());
    }

    @Test
    void millionColumnCsvIsAShortAnswer() throws Exception {
        String wide = "sku,title,supplierId,moq,priceTiers" + ",c".repeat(1_000_000) + "\nA,b,1,1,1:1\n";

        String body = mvc.perform(multipart(PATH).file(csv("wide.csv", wide)).with(authentication(as(Role.EDITOR))).with(csrf()))
                .andExpect(status().isContentTooLarge())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).hasSizeLessThan(400).contains("a row is longer than 200000 characters (row 1)");
    }
}
