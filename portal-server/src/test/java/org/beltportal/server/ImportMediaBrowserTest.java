package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.beltportal.core.testing.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;

/**
 * The media library and the import screens as a person uses them, in a real browser at 390 px wide: a logo
 * uploaded (and a file that is no image refused), a CSV with one bad row imported, its error table read and
 * its report downloaded, the file fixed and imported again. Each page is checked with axe-core and saved as
 * target/screenshots/console-*.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportMediaBrowserTest extends PortalServerTest {

    private static final String PASSWORD = "a-long-password";
    private static final String HEADER = "sku,title,supplier,moq,priceTiers\n";

    private Browser browser;
    private Path files;

    @BeforeAll
    void startBrowser() throws IOException {
        browser = Browser.start();
        files = Files.createTempDirectory("console-uploads");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOperatorUploadsALogoThenImportsACsvFixesItsBadRowAndImportsAgain() throws IOException {
        String slug = "walk-im-" + UUID.randomUUID().toString().substring(0, 6);
        String operator = operatorOfNewBelt(slug);
        browser.resize(Browser.NARROW_PHONE).open("http://localhost:" + port + "/admin/login");
        browser.find("#username").sendKeys(operator);
        browser.find("#password").sendKeys(PASSWORD);
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.url()).endsWith("/admin/belts/" + slug + "/");

        browser.clickAndWait(browser.link("媒体库"));
        browser.find("#file").sendKeys(file("notes.png", "<html>not an image</html>".getBytes(StandardCharsets.UTF_8)));
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.find("#file-error").getText()).contains("JPEG、PNG、GIF 或 WebP");
        seen("console-media-refused");
        browser.find("#file").sendKeys(file("logo.png", TestImages.picture("png", 400, 160, new Color(0x1d4ed8))));
        browser.find("#kind option[value=logo]").click();
        browser.find("#alt").sendKeys("织里童装产业带标志");
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.find("[role=status]").getText()).contains("logo.png");
        assertThat(browser.find(".media-grid").getText()).contains("logo.png").contains("标志").contains("400 × 160");
        WebElement thumbnail = browser.find(".media-grid img");
        browser.waitUntil(() -> !"0".equals(thumbnail.getDomProperty("naturalWidth")));
        assertThat(thumbnail.getAttribute("alt")).isEqualTo("织里童装产业带标志");
        seen("console-media");
        browser.resize(Browser.DESKTOP);
        seen("console-media-desktop");
        browser.resize(Browser.NARROW_PHONE);

        browser.clickAndWait(browser.link("导入"));
        seen("console-imports");
        String bad = HEADER + "ZL-1,女童连衣裙,织里一厂,30,30:25.8\n" + "ZL-2,男童短裤,没有这家厂,30,30:19.9\n";
        browser.find("#file").sendKeys(file("products.csv", bad.getBytes(StandardCharsets.UTF_8)));
        browser.submitAndWait(browser.find("main form"));
        assertThat(browser.url()).matches(".*/admin/belts/" + slug + "/imports/\\d+$");
        browser.waitUntil(() -> !browser.all("#job table").isEmpty());
        assertThat(browser.find("#job table").getText()).contains("3").contains("supplier").contains("没有这家厂");
        seen("console-import-errors");
        browser.resize(Browser.DESKTOP);
        seen("console-import-errors-desktop");
        browser.resize(Browser.NARROW_PHONE);
        String report = browser.fetchText(browser.find("a[href$='/errors.csv']").getAttribute("href"));
        assertThat(report).contains("row,field,message").contains("3,supplier,");

        browser.clickAndWait(browser.link("全部导入"));
        String fixed = HEADER + "ZL-1,女童连衣裙,织里一厂,30,30:25.8\n" + "ZL-2,男童短裤,织里一厂,30,30:19.9\n";
        browser.find("#file").sendKeys(file("products-fixed.csv", fixed.getBytes(StandardCharsets.UTF_8)));
        browser.submitAndWait(browser.find("main form"));
        browser.waitUntil(() -> browser.find("#job").getText().contains("所有行都已导入"));
        assertThat(browser.all("#job table")).isEmpty();
        seen("console-import-done");
        browser.clickAndWait(browser.link("全部导入"));
        assertThat(browser.find("table").getText()).contains("已完成");
        seen("console-imports-recent");
    }

    private String file(String name, byte[] content) throws IOException {
        Path path = files.resolve(name);
        Files.write(path, content);
        return path.toAbsolutePath().toString();
    }

    /** Saves the screenshot and fails on any serious or critical axe-core finding on the page. */
    private void seen(String name) {
        assertThat(browser.screenshot(name)).exists();
        assertThat(browser.seriousAccessibilityViolations()).as("axe on " + name).isEmpty();
    }

    /** A belt with a supplier, made through the API as set-up, and a region operator of it. */
    private String operatorOfNewBelt(String slug) {
        Api admin = admin();
        assertThat(admin.post("/admin/api/v1/tenants", Map.of("slug", slug, "name", "织里童装产业带",
                "hosts", List.of(slug + ".localhost"))).status()).isEqualTo(201);
        TwinBelts.created(admin.post("/admin/api/v1/tenants/" + slug + "/suppliers", TwinBelts.supplier("织里一厂")));
        String username = "walker-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = admin.post("/admin/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "grants", List.of(Map.of("tenant", slug, "role", "region_operator"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return username;
    }
}
