package org.beltportal.themes.engine;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

import freemarker.cache.TemplateLoader;
import freemarker.cache.TemplateNameFormat;
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
 */
final class SandboxConfiguration extends Configuration {

    /** Set on a compiled template once checked: "" when it keeps the rules, else the first problem. */
    private static final String CHECKED = "beltportal.checked";
    private static final ObjectWrapper RECORDS_ONLY = wrapper();

    SandboxConfiguration(TemplateLoader loader, Duration updateDelay) {
        super(VERSION_2_3_34);
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

    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
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
