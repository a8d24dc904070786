package org.beltportal.admin.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console's renderer, and its static files under {@code /admin/assets/}, readable before login (the login
 * page uses them): our one style sheet, and htmx and ECharts (the insight charts) from their WebJars at paths
 * carrying their versions, so they can be cached for good. A {@code WebMvcConfigurer}, so {@code @WebMvcTest} slices get the renderer too.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleWebConfiguration implements WebMvcConfigurer {

    public static final String PATH = "/admin/assets/";
    static final String HTMX_VERSION = webJarVersion("htmx.org");
    /** The script's path, without the context path. */
    static final String HTMX = PATH + "htmx/" + HTMX_VERSION + "/htmx.min.js";
    static final String ECHARTS_VERSION = webJarVersion("echarts");
    static final String ECHARTS = PATH + "echarts/" + ECHARTS_VERSION + "/echarts.min.js";

    /** The navigation lists every screen the context holds, in {@code @Order}. */
    @Bean
    ConsolePages consolePages(ObjectProvider<ConsoleScreen> screens) {
        return new ConsolePages(screens.orderedStream().toList());
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(PATH + "htmx/" + HTMX_VERSION + "/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/htmx.org/" + HTMX_VERSION + "/dist/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler(PATH + "echarts/" + ECHARTS_VERSION + "/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        // Not versioned in its name: a short max-age, so a new release's look arrives within the hour.
        registry.addResourceHandler(PATH + "*.css", PATH + "*.js")
                .addResourceLocations("classpath:/console/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
    }

    private static String webJarVersion(String artifact) {
        String properties = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
        try (InputStream in = ConsoleWebConfiguration.class.getResourceAsStream(properties)) {
            if (in == null) {
                throw new IllegalStateException(properties + " is not on the class path: is the " + artifact + " WebJar missing?");
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
