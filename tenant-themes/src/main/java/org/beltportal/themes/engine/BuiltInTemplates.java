package org.beltportal.themes.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.beltportal.core.template.TemplatePath;
import org.beltportal.core.template.ThemeCatalog;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The templates shipped on the classpath: the base theme under {@code templates/} and each named theme
 * under {@code themes/{name}/}, which holds only the templates that theme changes. A folder is a theme
 * when it has a {@code theme.properties}; both lists are read once at start.
 */
@Component
class BuiltInTemplates implements ThemeCatalog {

    private static final String BASE = "templates/";

    private final ClassLoader classLoader;
    private final SortedSet<String> baseTemplates;
    private final Map<String, SortedSet<String>> themeTemplates;

    BuiltInTemplates() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        this.classLoader = resolver.getClassLoader();
        this.baseTemplates = templatesUnder(resolver, BASE);
        this.themeTemplates = list(resolver, "classpath*:themes/*/theme.properties").stream()
                .map(properties -> after(properties, "themes/").split("/")[0])
                .distinct()
                .collect(Collectors.toUnmodifiableMap(name -> name,
                        name -> templatesUnder(resolver, "themes/" + name + "/")));
    }

    @Override
    public Set<String> themes() {
        return themeTemplates.keySet();
    }

    @Override
    public SortedSet<String> templates(String theme) {
        SortedSet<String> all = new TreeSet<>(baseTemplates);
        all.addAll(themeTemplates.getOrDefault(theme, Collections.emptySortedSet()));
        return Collections.unmodifiableSortedSet(all);
    }

    @Override
    public Optional<String> source(String theme, TemplatePath path) {
        return find(theme, path.value()).map(BuiltInTemplates::read);
    }

    private static String read(URL url) {
        try (var in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in template " + url, e);
        }
    }

    /** The template of the theme ({@code null} for base only), else the base one; never leaves those folders. */
    Optional<URL> find(String theme, String name) {
        if (!TemplateNames.isSafe(name)) {
            return Optional.empty();
        }
        if (theme != null && themeTemplates.containsKey(theme)) {
            URL themed = classLoader.getResource("themes/" + theme + "/" + name);
            if (themed != null) {
                return Optional.of(themed);
            }
        }
        return Optional.ofNullable(classLoader.getResource(BASE + name));
    }

    private static SortedSet<String> templatesUnder(PathMatchingResourcePatternResolver resolver, String folder) {
        return list(resolver, "classpath*:" + folder + "**/*.ftlh").stream()
                .map(path -> after(path, folder))
                .filter(TemplatePath::isValid)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> list(PathMatchingResourcePatternResolver resolver, String pattern) {
        try {
            Set<String> urls = new TreeSet<>();
            for (Resource resource : resolver.getResources(pattern)) {
                urls.add(resource.getURL().toString());
            }
            return urls;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the built-in templates " + pattern, e);
        }
    }

    /** The part of a resource URL after the last occurrence of {@code folder}. */
    private static String after(String url, String folder) {
        return url.substring(url.lastIndexOf("/" + folder) + folder.length() + 1);
    }
}
