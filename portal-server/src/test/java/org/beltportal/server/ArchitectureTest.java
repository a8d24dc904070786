package org.beltportal.server;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.beltportal.admin.security.Grant;
import org.beltportal.admin.security.RegionGrant;
import org.beltportal.core.region.Region;
import org.beltportal.core.tenant.Tenant;

/**
 * The module boundaries of DESIGN.md, enforced: dependencies point server -> admin, themes -> search ->
 * core, and no feature reaches into another feature's {@code internal} package (decision 0021); and the
 * rules every handler must keep. A rule whose selection is empty fails (archunit.properties), so none can
 * pass by matching nothing.
 */
@AnalyzeClasses(packages = "org.beltportal",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {

    /**
     * Test code is not held to these rules. DoNotIncludeTests leaves out test-classes directories, but once the
     * reactor has packaged (`mvn verify`), portal-core's test fixtures reach this module as its tests jar.
     */
    static final class NoTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }

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

    /**
     * Another module reaches a module only through its public services, records and events, never through
     * an {@code internal} package (mappers, rows, type handlers). The selection is the internal classes,
     * so the rule fails, rather than passes, if they ever vanish (archunit.properties).
     */
    @ArchTest
    static final ArchRule internalsStayInTheirModule = ArchRuleDefinition.classes()
            .that().resideInAPackage("org.beltportal..internal..")
            .should(usedOnlyWithin("their module", ArchitectureTest::module));

    /**
     * Stricter: inside a module too, only the feature that owns an {@code internal} package uses it
     * ({@code core.product.internal} by {@code core.product}); products read suppliers through
     * SupplierService, not SupplierMapper.
     */
    @ArchTest
    static final ArchRule internalsStayInTheirFeature = ArchRuleDefinition.classes()
            .that().resideInAPackage("org.beltportal..internal..")
            .should(usedOnlyWithin("their feature", ArchitectureTest::feature));

    /** Persistence details live in internal packages, so the rules above guard them. */
    @ArchTest
    static final ArchRule mappersAndTypeHandlersAreInternal = ArchRuleDefinition.classes()
            .that().areAnnotatedWith("org.apache.ibatis.annotations.Mapper")
            .or().areAssignableTo("org.apache.ibatis.type.TypeHandler")
            .should().resideInAPackage("org.beltportal..internal..");

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

    private static final String REQUEST_MAPPING = "org.springframework.web.bind.annotation.RequestMapping";

    /**
     * An admin handler under a {@code {slug}} path acts on one belt, so it declares the permission it needs as a
     * {@code @Grant Tenant} argument, checked before it runs (decision 0020). A forgotten hand-written check was
     * a cross-tenant hole; a forgotten declaration fails here.
     */
    @ArchTest
    static final ArchRule handlersOnABeltDeclareTheirGrant = ArchRuleDefinition.methods()
            .that(DescribedPredicate.describe("are request-mapped under an admin path with a {slug}",
                    (JavaMethod method) -> paths(method).stream()
                            .anyMatch(path -> path.startsWith("/admin/") && path.contains("{slug}"))))
            .should(new ArchCondition<JavaMethod>("take a @Grant Tenant argument") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean granted = method.getParameters().stream().anyMatch(parameter ->
                            parameter.isAnnotatedWith(Grant.class) && parameter.getRawType().isEquivalentTo(Tenant.class));
                    if (!granted) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " serves " + paths(method) + " without a @Grant Tenant argument"));
                    }
                }
            });

    /**
     * An admin handler under a {@code {code}} path acts on a region node, so it declares that as a {@code @RegionGrant
     * Region} argument, checked before it runs (decision 0040), just as belt handlers declare their {@code @Grant}.
     */
    @ArchTest
    static final ArchRule handlersOnARegionDeclareTheirGrant = ArchRuleDefinition.methods()
            .that(DescribedPredicate.describe("are request-mapped under an admin path with a {code}",
                    (JavaMethod method) -> paths(method).stream()
                            .anyMatch(path -> path.startsWith("/admin/") && path.contains("{code}"))))
            .should(new ArchCondition<JavaMethod>("take a @RegionGrant Region argument") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean granted = method.getParameters().stream().anyMatch(parameter ->
                            parameter.isAnnotatedWith(RegionGrant.class) && parameter.getRawType().isEquivalentTo(Region.class));
                    if (!granted) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " serves " + paths(method) + " without a @RegionGrant Region argument"));
                    }
                }
            });

    /** The full paths a handler method is mapped to: its class's mapping joined with its own; none if unmapped. */
    static List<String> paths(JavaMethod method) {
        Optional<JavaAnnotation<JavaMethod>> own = method.getAnnotations().stream()
                .filter(annotation -> isRequestMapping(annotation.getRawType())).findFirst();
        if (own.isEmpty()) {
            return List.of();
        }
        List<String> prefixes = method.getOwner().getAnnotations().stream()
                .filter(annotation -> isRequestMapping(annotation.getRawType())).findFirst()
                .map(ArchitectureTest::mappedPaths).orElse(List.of(""));
        List<String> paths = new ArrayList<>();
        for (String prefix : prefixes) {
            mappedPaths(own.get()).forEach(path -> paths.add(prefix + path));
        }
        return paths;
    }

    private static boolean isRequestMapping(JavaClass annotationType) {
        return annotationType.getName().equals(REQUEST_MAPPING) || annotationType.isMetaAnnotatedWith(REQUEST_MAPPING);
    }

    /** {@code value} and {@code path} name the same thing (aliases); an empty mapping is the prefix itself. */
    private static List<String> mappedPaths(JavaAnnotation<?> mapping) {
        List<String> paths = new ArrayList<>();
        for (String attribute : List.of("value", "path")) {
            mapping.get(attribute).ifPresent(values -> paths.addAll(List.of((String[]) values)));
        }
        return paths.isEmpty() ? List.of("") : paths;
    }

    /** The module of a class: the package segment after org.beltportal (core, search, themes, admin, server). */
    static String module(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    /** The feature of a class: its module and the package segment after it, such as {@code core.product}. */
    static String feature(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 3 ? parts[2] + "." + parts[3] : module(type);
    }

    /** Every class that uses the checked class lies in the same {@code scope} (module or feature) as it. */
    static ArchCondition<JavaClass> usedOnlyWithin(String scopeName, Function<JavaClass, String> scope) {
        return new ArchCondition<>("be used only within " + scopeName) {
            @Override
            public void check(JavaClass internal, ConditionEvents events) {
                for (Dependency dependency : internal.getDirectDependenciesToSelf()) {
                    if (!scope.apply(dependency.getOriginClass()).equals(scope.apply(internal))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
