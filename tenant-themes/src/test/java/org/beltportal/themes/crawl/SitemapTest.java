package org.beltportal.themes.crawl;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.beltportal.core.category.CategoryNode;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.Supplier;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.themes.PortalWebTestSupport;
import org.beltportal.themes.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.themes.TestData.YIWU;
import static org.beltportal.themes.TestData.ZHILI;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Two belts with identical catalogues: each sitemap lists its own URLs, on its own host or prefix. */
class SitemapTest extends PortalWebTestSupport {

    @BeforeEach
    void identicalCatalogues() {
        for (Tenant tenant : List.of(ZHILI, YIWU)) {
            long offset = tenant == ZHILI ? 0 : 1000;
            when(categories.tree(tenant.id())).thenReturn(List.of(new CategoryNode(offset + 5, "女童", "女童",
                    List.of(new CategoryNode(offset + 6, "连衣裙", "女童/连衣裙", List.of())))));
            when(pages.visibleNews(tenant.id(), 1000)).thenReturn(List.of(TestData.news(tenant, 1, "spring-fair", "订货会")));
            when(suppliers.page(eq(tenant.id()), any())).thenReturn(new ResultPage<>(
                    List.of(TestData.supplier(tenant, offset + 11, "服饰厂")), 1, 0, 200));
            when(products.countActive(tenant.id())).thenReturn(1L);
            when(products.batch(eq(tenant.id()), isNull(), eq(0L), eq(1000))).thenReturn(List.of(
                    TestData.product(tenant, offset + 101, "连衣裙", ProductStatus.ACTIVE),
                    TestData.product(tenant, offset + 102, "下架卫衣", ProductStatus.INACTIVE)));
        }
    }

    @Test
    void indexNamesThePagesAndOneProductsFilePerFiftyThousandActiveProducts() throws Exception {
        when(products.countActive(ZHILI.id())).thenReturn(100_001L);

        Answer answer = perform(get("/sitemap.xml").header("Host", "zhili.localhost"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/xml");
        assertThat(parse(answer.body()).getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(locations(answer.body())).containsExactly(
                "http://zhili.localhost/sitemap-pages.xml",
                "http://zhili.localhost/sitemap-products-1.xml",
                "http://zhili.localhost/sitemap-products-2.xml",
                "http://zhili.localhost/sitemap-products-3.xml");
    }

    @Test
    void pagesSitemapListsOnlyThisBeltsPagesOnItsOwnHost() throws Exception {
        Answer answer = perform(get("/sitemap-pages.xml").header("Host", "zhili.localhost"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/xml");
        assertThat(locations(answer.body())).containsExactly(
                "http://zhili.localhost/",
                "http://zhili.localhost/categories/5",
                "http://zhili.localhost/categories/6",
                "http://zhili.localhost/news/spring-fair",
                "http://zhili.localhost/festivals",
                "http://zhili.localhost/suppliers/11");
    }

    @Test
    void productsSitemapListsOnlyThisBeltsActiveProducts() throws Exception {
        Answer answer = perform(get("/sitemap-products-1.xml").header("Host", "zhili.localhost"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(locations(answer.body())).containsExactly("http://zhili.localhost/products/101");
    }

    @Test
    void sitemapsUnderThePrefixUseThePrefix() throws Exception {
        List<String> urls = new ArrayList<>();
        for (String file : locations(perform(get("/t/yiwu/sitemap.xml")).body())) {
            assertThat(file).startsWith("http://localhost/t/yiwu/sitemap-");
            urls.addAll(locations(perform(get(file.substring("http://localhost".length()))).body()));
        }

        assertThat(urls).isNotEmpty()
                .allSatisfy(url -> assertThat(url).startsWith("http://localhost/t/yiwu/"))
                .contains("http://localhost/t/yiwu/products/1101", "http://localhost/t/yiwu/suppliers/1011")
                .doesNotContain("http://localhost/t/yiwu/products/101");
    }

    @Test
    void sitemapsAreValidXmlInTheSitemapNamespaceWithLastModified() throws Exception {
        Document index = parse(perform(get("/sitemap.xml").header("Host", "zhili.localhost")).body());
        Document pagesFile = parse(perform(get("/sitemap-pages.xml").header("Host", "zhili.localhost")).body());

        assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(pagesFile.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(pagesFile.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        assertThat(pagesFile.getElementsByTagNameNS("*", "lastmod").item(0).getTextContent()).isEqualTo("2026-05-01");
    }

    @Test
    void productsArePagedThroughInKeysetBatches() throws Exception {
        List<Product> first = LongStream.rangeClosed(1, 1000)
                .mapToObj(id -> TestData.product(ZHILI, id, "袜子", ProductStatus.ACTIVE)).toList();
        when(products.countActive(ZHILI.id())).thenReturn(1001L);
        when(products.batch(eq(ZHILI.id()), isNull(), eq(0L), eq(1000))).thenReturn(first);
        when(products.batch(eq(ZHILI.id()), isNull(), eq(1000L), eq(1000))).thenReturn(List.of(
                TestData.product(ZHILI, 1001, "袜子", ProductStatus.ACTIVE)));

        List<String> urls = locations(perform(get("/sitemap-products-1.xml").header("Host", "zhili.localhost")).body());

        assertThat(urls).hasSize(1001).contains("http://zhili.localhost/products/1", "http://zhili.localhost/products/1001");
    }

    @Test
    void aLaterPartStartsAfterTheLastActiveProductOfThePartBefore() throws Exception {
        when(products.countActive(ZHILI.id())).thenReturn(100_001L);
        when(products.activeIdAt(ZHILI.id(), 99_999)).thenReturn(Optional.of(777L));
        when(products.batch(eq(ZHILI.id()), isNull(), eq(777L), eq(1000))).thenReturn(List.of(
                TestData.product(ZHILI, 778, "袜子", ProductStatus.ACTIVE)));

        List<String> urls = locations(perform(get("/sitemap-products-3.xml").header("Host", "zhili.localhost")).body());

        assertThat(urls).containsExactly("http://zhili.localhost/products/778");
    }

    @Test
    void partsThatDoNotExistAreNotFound() throws Exception {
        for (String part : List.of("0", "2", "01x", "1.5", "-1", "999999999999999999999")) {
            assertThat(perform(get("/sitemap-products-" + part + ".xml").header("Host", "zhili.localhost")).status())
                    .as(part).isEqualTo(404);
        }
    }

    @Test
    void suppliersArePagedThroughUntilTheTotal() throws Exception {
        List<Supplier> page = LongStream.rangeClosed(1, 200).mapToObj(id -> TestData.supplier(ZHILI, id, "厂")).toList();
        when(suppliers.page(eq(ZHILI.id()), eq(new PageQuery(0, 200))))
                .thenReturn(new ResultPage<>(page, 201, 0, 200));
        when(suppliers.page(eq(ZHILI.id()), eq(new PageQuery(1, 200))))
                .thenReturn(new ResultPage<>(List.of(TestData.supplier(ZHILI, 201, "厂")), 201, 1, 200));

        List<String> urls = locations(perform(get("/sitemap-pages.xml").header("Host", "zhili.localhost")).body());

        assertThat(urls.stream().filter(url -> url.contains("/suppliers/"))).hasSize(201);
    }

    @Test
    void robotsAllowsAllButSearchAndApiAndNamesTheSitemap() throws Exception {
        Answer onHost = perform(get("/robots.txt").header("Host", "zhili.localhost"));
        Answer onPrefix = perform(get("/t/zhili/robots.txt"));

        assertThat(onHost.contentType()).startsWith("text/plain");
        assertThat(onHost.body()).isEqualTo("""
                User-agent: *
                Allow: /
                Disallow: /search
                Disallow: /api/
                Sitemap: http://zhili.localhost/sitemap.xml
                """);
        assertThat(onPrefix.body()).contains("Disallow: /t/zhili/search\n", "Sitemap: http://localhost/t/zhili/sitemap.xml\n");
    }

    @Test
    void platformHostHasNoSitemap() throws Exception {
        for (String file : List.of("/sitemap.xml", "/sitemap-pages.xml", "/sitemap-products-1.xml")) {
            assertThat(perform(get(file).header("Host", "localhost")).status()).as(file).isEqualTo(404);
        }
    }

    private static List<String> locations(String body) throws Exception {
        NodeList locs = parse(body).getElementsByTagNameNS("*", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        return urls;
    }

    private static Document parse(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
