package org.beltportal.server;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.math.BigDecimal;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * The module boundaries of DESIGN.md, enforced: dependencies point server -> admin, themes -> search ->
 * core, and no module reaches into another module's {@code internal} package.
 */
@AnalyzeClasses(packages = "org.beltportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modulesDependOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("org.beltportal..")
            .withOptionalLayers(true)
            .layer("server").definedBy("org.beltportal.server..")
            .layer("admin").definedBy("org.beltportal.admin..")
            .layer("themes").definedBy("org.beltportal.themes..")
            .layer("search").definedBy("org.beltportal.search..")
            .layer("core").definedBy("org.beltportal.core..")
            .whereLayer("server").mayNotBeAccessedByAnyLayer()
            .whereLayer("admin").mayOnlyBeAccessedByLayers("server")
            .whereLayer("themes").mayOnlyBeAccessedByLayers("server")
            .whereLayer("search").mayOnlyBeAccessedByLayers("admin", "themes", "server")
            .whereLayer("core").mayOnlyBeAccessedByLayers("search", "admin", "themes", "server");

    @ArchTest
    static final ArchRule internalsStayInTheirModule = ArchRuleDefinition.classes()
            .that().resideInAPackage("org.beltportal..")
            .should(new ArchCondition<JavaClass>("use no other module's internal package") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        boolean internal = target.getPackageName().contains(".internal");
                        if (internal && !module(target).equals(module(type))) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    /**
     * Spring binds a BigDecimal from any text, exponent included ({@code 1e999999999}), and that number then
     * costs minutes to compare or print: numbers from a query string or form are taken as text and parsed
     * with NumberText (decision 0013). JSON bodies are read by Jackson and checked by their drafts.
     */
    @ArchTest
    static final ArchRule noBigDecimalBoundFromRequestParameters = ArchRuleDefinition.methods()
            .that().areMetaAnnotatedWith("org.springframework.web.bind.annotation.RequestMapping")
            .should(new ArchCondition<JavaMethod>("bind no BigDecimal from request parameters") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    for (JavaParameter parameter : method.getParameters()) {
                        JavaClass type = parameter.getRawType();
                        boolean body = parameter.isAnnotatedWith("org.springframework.web.bind.annotation.RequestBody");
                        boolean bound = type.isEquivalentTo(BigDecimal.class) || (type.isRecord() && type.getFields().stream()
                                .anyMatch(field -> field.getRawType().isEquivalentTo(BigDecimal.class)));
                        if (bound && !body) {
                            events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " binds a BigDecimal from " + type.getSimpleName()));
                        }
                    }
                }
            });

    /** The module of a class: the package segment after org.beltportal (core, search, themes, admin, server). */
    static String module(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
