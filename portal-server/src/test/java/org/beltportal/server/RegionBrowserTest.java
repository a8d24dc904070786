package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * A provincial official in a real browser at 390 px wide (decision 0040): signs in as regional admin of 浙江, lands
 * on the province's page, finds a belt of the province by name, opens it, and reaches the public region page.
 * Each page is checked with axe-core, that it does not scroll sideways, and saved as target/screenshots/region-*.png.
 */
class RegionBrowserTest extends BrowserWalk {

    private static final String PASSWORD = "a-long-password";

    @Test
    void aRegionalAdminSignsInSeesItsRegionAndOpensABelt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String slug = "yk-" + suffix;
        Api admin = admin();
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "永康五金产业带" + suffix,
                "regionCode", "330784", "hosts", List.of(slug + ".localhost"))).status()).isEqualTo(201);
        String username = "zj-" + suffix;
        assertThat(admin.post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("role", "regional_admin", "region", "330000")))).status()).isEqualTo(201);

        browser.resize(Browser.NARROW_PHONE);
        browser.signIn("http://localhost:" + port + "/admin/", username, PASSWORD);
        assertThat(browser.url()).endsWith("/admin/regions/330000");
        assertThat(browser.find("h1").getText()).startsWith("浙江省");
        seen("region-province");

        browser.find("#q").sendKeys("永康五金产业带" + suffix);
        browser.submitAndWait(browser.find("form[role=search]"));
        assertThat(browser.find("table.region-belts").getText()).contains("永康五金产业带" + suffix);
        seen("region-search");

        browser.clickAndWait(browser.link("永康五金产业带" + suffix));
        assertThat(browser.url()).endsWith("/admin/belts/" + slug + "/");
        seen("region-belt-home");

        browser.clickAndWait(browser.link("区域"));
        assertThat(browser.url()).endsWith("/admin/regions");
        browser.clickAndWait(browser.link("金华市"));
        assertThat(browser.find("h1").getText()).startsWith("金华市");
        browser.find("#q").sendKeys(slug);
        browser.submitAndWait(browser.find("form[role=search]"));
        assertThat(browser.find("main").getText()).contains("永康五金产业带" + suffix);
        seen("region-city");

        browser.open("http://localhost:" + port + "/regions/330784");
        assertThat(browser.find("main").getText()).contains("永康五金产业带" + suffix);
        seen("region-public");
    }

    private void seen(String name) {
        browser.seen(name);
        Number overflow = (Number) browser.evaluate("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow.intValue()).as("sideways scroll on " + name).isLessThanOrEqualTo(0);
    }
}
