package org.beltportal.server;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its own chromedriver (no download: Selenium Manager is never
 * asked because both binaries are given). Screens start phone-sized, as most buyers browse on phones;
 * screenshots land in target/screenshots as test output. Without Chromium the tests fail under CI and are
 * skipped elsewhere, the same rule as the test database.
 */
final class Browser implements AutoCloseable {

    static final Dimension PHONE = new Dimension(412, 915);
    static final Dimension DESKTOP = new Dimension(1280, 900);
    /** The narrowest phone the console is made for. */
    static final Dimension NARROW_PHONE = new Dimension(390, 844);
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE_SCRIPT = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final String AXE_SOURCE = axeSource();

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(missing);
            }
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
        driver.manage().window().setSize(PHONE);
        return new Browser(driver);
    }

    Browser open(String url) {
        driver.get(url);
        return this;
    }

    Browser resize(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits for a page load started by a click or submit: the old page's element goes stale. */
    void clickAndWait(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        openMenusAround(element);
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isStale(html));
    }

    void submitAndWait(WebElement form) {
        WebElement html = driver.findElement(By.tagName("html"));
        form.submit();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isStale(html));
    }

    /**
     * Waits for something a script does without loading a page (an htmx swap, say). An element the swap
     * replaced while the condition read it only means "not yet".
     */
    void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    /** Sets a field's value as a picker would (a date-time box, whose typing order depends on the locale). */
    void setValue(String css, String value) {
        driver.executeScript("arguments[0].value = arguments[1]", find(css), value);
    }

    /** Reads something inside the frame {@code css} (the console's preview iframe, say), then returns to the page. */
    <T> T inFrame(String css, Supplier<T> read) {
        driver.switchTo().frame(find(css));
        try {
            return read.get();
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String title() {
        return driver.getTitle();
    }

    /** What a script evaluated in the page returns (a measurement, say): {@code return ...;}. */
    Object evaluate(String script) {
        return driver.executeScript(script);
    }

    /** The computed value of a CSS property, e.g. the header's background colour. */
    String style(String css, String property) {
        return find(css).getCssValue(property);
    }

    Path screenshot(String name) {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.move(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in on the console's login page at {@code loginUrl} and waits for the page it leads to. */
    void signIn(String loginUrl, String username, String password) {
        open(loginUrl);
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        submitAndWait(find("main form"));
    }

    /** Saves the screenshot {@code name} and fails on any serious or critical axe-core finding on the page. */
    void seen(String name) {
        screenshot(name);
        List<String> violations = seriousAccessibilityViolations();
        Assertions.assertTrue(violations.isEmpty(), () -> "axe on " + name + ": " + violations);
    }

    /**
     * The link whose whole text is {@code text}, shown or inside a closed menu (a phone's navigation); fails the
     * test when the page has none.
     */
    WebElement link(String text) {
        return all("a").stream().filter(a -> String.valueOf(a.getDomProperty("textContent")).strip().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no link " + text + " on " + url()));
    }

    /** Opens the closed {@code <details>} around {@code element} by their summaries, as a person taps a menu open. */
    void openMenusAround(WebElement element) {
        if (element.isDisplayed()) {
            return;
        }
        List<WebElement> closed = element.findElements(By.xpath("ancestor::details[not(@open)]"));
        for (WebElement details : closed) {
            details.findElement(By.xpath("./summary")).click();
        }
    }

    /** What the page's own session gets from {@code path} (a download link's file), read as text by the browser. */
    String fetchText(String path) {
        return (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('fetch failed: ' + e));
                """, path);
    }

    /**
     * Runs axe-core on the current page and returns its serious and critical violations as
     * "rule: help (nodes)"; minor and moderate findings are left to review.
     */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        driver.executeScript(AXE_SOURCE);
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations
                       .filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => v.id + ': ' + v.help + ' ('
                                 + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ') + ')')))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream(AXE_SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(AXE_SCRIPT + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isStale(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException gone) {
            return true;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            // Asked while the next page replaces the document, Chromium may answer that the node left it: stale too.
            if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw replaced;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
