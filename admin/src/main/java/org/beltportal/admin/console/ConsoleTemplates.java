package org.beltportal.admin.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The console's FreeMarker configuration: trusted (our templates, read from the class path under
 * {@code console/}), but still strict. Output format HTML escapes every {@code ${...}}, so whatever an
 * operator or a buyer typed is shown as text; errors are thrown, never written into a half page.
 */
public final class ConsoleTemplates {

    private final Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);

    public ConsoleTemplates() {
        configuration.setClassLoaderForTemplateLoading(ConsoleTemplates.class.getClassLoader(), "console");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setURLEscapingCharset("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setLocalizedLookup(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    /** Renders {@code console/<name>.ftlh} with {@code model}. */
    void render(String name, Map<String, Object> model, Writer out) {
        try {
            configuration.getTemplate(name + ".ftlh").process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("console template " + name + " failed", e);
        }
    }
}
