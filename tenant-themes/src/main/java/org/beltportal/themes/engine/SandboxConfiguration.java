package org.beltportal.themes.engine;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import freemarker.cache.TemplateLoader;
import freemarker.cache.TemplateNameFormat;
import freemarker.cache._CacheAPI;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;

/**
 * A FreeMarker configuration with the sandbox applied, for every template the portal renders (built-in
 * and operator ones alike, so a rule cannot be forgotten on one path). Every template it hands out, the
 * page's own and any it includes or imports, keeps the {@link TemplateRules} (else loading it fails with
 * {@link TemplateRefusedException}) and has FreeMarker's thread-interruption checks in its loops and macro
 * calls, so a render cancelled at its time limit stops at the next iteration or call.
 * <p>
 * A belt's configuration compiles only the templates the belt owns (its overrides, a draft being checked) and
 * borrows the rest, compiled once, from its theme's configuration: a thousand belts with one override each then
 * hold a thousand small caches instead of a thousand copies of the theme (issue 20's thousand-belt bench found
 * each cold belt recompiling its whole theme). A borrowed template runs in the page's environment, whose
 * configuration is the belt's, so whatever it includes is looked up for the belt again.
 */
final class SandboxConfiguration extends Configuration {

    /** Set on a compiled template once checked: "" when it keeps the rules, else the first problem. */
    private static final String CHECKED = "beltportal.checked";
    private static final ObjectWrapper RECORDS_ONLY = wrapper();

    private final SandboxConfiguration theme;
    private final Predicate<String> owns;
    /** By page name: the one-line pages that include the theme's (see {@link #page}); as many as the theme has pages. */
    private final Map<String, Template> pagesIncluded = new ConcurrentHashMap<>();

    /** A configuration that compiles every template it is asked for (a theme's, or base only). */
    SandboxConfiguration(TemplateLoader loader, Duration updateDelay) {
        this(loader, updateDelay, null, name -> true);
    }

    /**
     * A belt's configuration: {@code owns} says which root-based template names its loader finds for the belt
     * alone; every other name is {@code theme}'s compiled template.
     */
    SandboxConfiguration(TemplateLoader loader, Duration updateDelay, SandboxConfiguration theme, Predicate<String> owns) {
        super(VERSION_2_3_34);
        this.theme = theme;
        this.owns = owns;
        setTemplateLoader(loader);
        setTemplateNameFormat(TemplateNameFormat.DEFAULT_2_4_0);
        setLocalizedLookup(false);
        setTemplateUpdateDelayMilliseconds(updateDelay.toMillis());
        setDefaultEncoding("UTF-8");
        setOutputFormat(HTMLOutputFormat.INSTANCE);
        setRecognizeStandardFileExtensions(true);
        setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        setAPIBuiltinEnabled(false);
        setObjectWrapper(RECORDS_ONLY);
        setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        setLogTemplateExceptions(false);
        setWrapUncheckedExceptions(true);
        setFallbackOnNullLoopVariable(false);
        // Columns count characters, so a problem's column is where an editor puts the cursor.
        setTabSize(1);
    }

    /** Every template a render asks for by name: those it includes and imports, and the page when not {@link #page}. */
    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        if (theme != null && !owns.test(_CacheAPI.normalizeRootBasedName(getTemplateNameFormat(), name))) {
            return theme.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
        }
        return checked(name, super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing));
    }

    /**
     * The page a render starts from. FreeMarker looks up what a render includes through the configuration of the
     * page it started from, so a belt's page is always this configuration's: the belt's own page when it has one,
     * else a one-line page of this configuration that includes the theme's compiled page. Through it the theme's
     * page runs, compiled once for every belt, and what it includes is still looked up for the belt.
     */
    Template page(String name, Locale locale) throws IOException {
        String page = _CacheAPI.normalizeRootBasedName(getTemplateNameFormat(), name);
        if (theme == null || owns.test(page)) {
            return checked(name, super.getTemplate(name, locale, null, null, true, false));
        }
        Template including = pagesIncluded.get(page);
        if (including == null) {
            including = checked(page, new Template(page, "<#include \"/" + page + "\">", this));
            pagesIncluded.putIfAbsent(page, including);
        }
        return including;
    }

    private static Template checked(String name, Template template) throws TemplateRefusedException {
        if (template != null) {
            String problem = checked(template);
            if (!problem.isEmpty()) {
                throw new TemplateRefusedException(name, problem);
            }
        }
        return template;
    }

    /**
     * Checks the rules and adds the interruption checks once per compiled template: the template cache hands
     * the same instance out again, and the rules read the tree before the checks are added to it.
     */
    private static String checked(Template template) {
        synchronized (template) {
            if (template.getCustomAttribute(CHECKED) == null) {
                String problem = TemplateRules.problems(template).stream().findFirst()
                        .map(p -> p.reason() + " at line " + p.line() + ", column " + p.column()).orElse("");
                _CoreAPI.addThreadInterruptedChecks(template);
                template.setCustomAttribute(CHECKED, problem);
            }
            return (String) template.getCustomAttribute(CHECKED);
        }
    }

    private static ObjectWrapper wrapper() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(VERSION_2_3_34);
        builder.setMemberAccessPolicy(new RecordsOnlyAccessPolicy());
        builder.setExposeFields(false);
        return builder.build();
    }
}
