package org.beltportal.themes;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beltportal.core.region.RegionBelts;
import org.beltportal.core.region.Regions;
import org.beltportal.core.campaign.ActiveCampaigns;
import org.beltportal.core.campaign.web.PortalClock;
import org.beltportal.core.campaign.web.PreviewRights;
import org.beltportal.core.category.CategoryService;
import org.beltportal.core.inquiry.InquiryService;
import org.beltportal.core.page.PageService;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.Branding;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantDirectory;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.template.TemplateFailures;
import org.beltportal.core.template.TemplateOverrideService;
import org.beltportal.search.api.LiveCampaignProducts;
import org.beltportal.search.query.ProductSearch;
import org.beltportal.search.query.SearchResult;
import org.beltportal.themes.campaign.CampaignViews;
import org.beltportal.themes.engine.ThemeEngineConfiguration;
import org.beltportal.themes.i18n.LocaleChoice;
import org.beltportal.themes.i18n.Messages;
import org.beltportal.themes.site.JsonLd;
import org.beltportal.themes.site.PortalViews;
import org.beltportal.themes.site.ShownBranding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

/**
 * The web slice every page test runs in: all portal controllers, the real theme engine and templates,
 * core's real tenant resolution filter, and mocked services (no template overrides unless a test adds one). Requests choose their portal the way buyers do, by Host
 * header ({@code zhili.localhost}) or path prefix ({@code /t/zhili/}). One shared context for all tests.
 * The slice leaves out plain components, so the page helpers are imported; the clock stands at
 * {@link TestData#NOW}.
 */
@WebMvcTest
@Import({ThemeEngineConfiguration.class, PortalViews.class, Messages.class, LocaleChoice.class, JsonLd.class, FixedClock.class,
        PortalClock.class, CampaignViews.class, LiveCampaignProducts.class, ShownBranding.class})
public abstract class PortalWebTestSupport {

    @Autowired
    protected MockMvc mvc;

    @MockitoBean
    protected TenantDirectory directory;
    @MockitoBean
    protected TenantService tenants;
    @MockitoBean
    protected ProductService products;
    @MockitoBean
    protected SupplierService suppliers;
    @MockitoBean
    protected PageService pages;
    @MockitoBean
    protected CategoryService categories;
    @MockitoBean
    protected ProductSearch search;
    @MockitoBean
    protected InquiryService inquiries;
    @MockitoBean
    protected TemplateOverrideService overrides;
    @MockitoBean
    protected TemplateFailures templateFailures;
    @MockitoBean
    protected ActiveCampaigns campaigns;
    @MockitoBean
    protected PreviewRights previewRights;
    @MockitoBean
    protected Regions regions;
    @MockitoBean
    protected RegionBelts regionBelts;

    @BeforeEach
    void knownBelts() {
        for (Tenant tenant : List.of(TestData.ZHILI, TestData.YIWU)) {
            when(directory.byHost(tenant.slug() + ".localhost")).thenReturn(Optional.of(tenant));
            when(directory.bySlug(tenant.slug())).thenReturn(Optional.of(tenant));
        }
        when(directory.branding(any())).thenReturn(Branding.empty());
        when(directory.branding(TestData.ZHILI.id())).thenReturn(TestData.ZHILI_BRANDING);
        // Empty catalogues unless a test says otherwise, so every page renders.
        when(products.page(any(), any(), any())).thenReturn(new ResultPage<>(List.of(), 0, 0, 12));
        when(pages.visibleNews(any(), any(PageQuery.class))).thenReturn(new ResultPage<>(List.of(), 0, 0, 20));
        when(search.search(any(), any())).thenReturn(new SearchResult(0, List.of(), Map.of(), null));
    }

    /** Performs the request and keeps what a test looks at: status, content type, body, parsed HTML. */
    protected Answer perform(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        return new Answer(response.getStatus(), response.getContentType(), body, Jsoup.parse(body), response);
    }

    protected record Answer(int status, String contentType, String body, Document html, MockHttpServletResponse response) {
    }
}
