package org.beltportal.core;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.beltportal.core.template.TemplateCheck;
import org.beltportal.core.template.TemplatePath;
import org.beltportal.core.template.TemplateProblem;
import org.beltportal.core.template.ThemeCatalog;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Spring Boot configuration that core's tests start: every bean of portal-core, plus stand-ins for
 * the two ports the theme engine (tenant-themes) implements in the running portal.
 */
@SpringBootApplication
public class CoreTestApplication {

    @Bean
    ThemeCatalog themeCatalog() {
        return new ThemeCatalog() {
            @Override
            public Set<String> themes() {
                return Set.of("catalog", "festival");
            }

            @Override
            public SortedSet<String> templates(String theme) {
                return new TreeSet<>(List.of("layout.ftlh", "pages/home.ftlh"));
            }

            @Override
            public Optional<String> source(String theme, TemplatePath path) {
                return templates(theme).contains(path.value()) ? Optional.of("<p>built-in</p>") : Optional.empty();
            }
        };
    }

    /** Refuses any source containing "?new" at line 1, so core can test the refusal path without the engine. */
    @Bean
    TemplateCheck templateCheck() {
        return (tenantId, path, source) -> source.contains("?new")
                ? List.of(new TemplateProblem(1, source.indexOf("?new") + 1, "?new is not allowed"))
                : List.of();
    }
}
