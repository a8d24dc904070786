package org.beltportal.admin.console;

import java.util.List;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The console's labels, from {@code console/messages/console_<lang>.properties} (UTF-8). A missing key fails
 * the render rather than showing the key: a test walks every page in both languages, and
 * ConsoleMessagesTest keeps the bundles in step.
 */
final class ConsoleMessages {

    static final String BASENAME = "console/messages/console";

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    ConsoleMessages() {
        source.setBasename(BASENAME);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
    }

    MessageSource source() {
        return source;
    }

    /** {@code t("key", args...)} or {@code t("key", list)} in templates; the result is escaped like any other text. */
    TemplateMethodModelEx in(ConsoleLocale locale) {
        return arguments -> {
            if (arguments.isEmpty()) {
                throw new TemplateModelException("t(key, args...) needs a message key");
            }
            List<?> values = arguments.stream().map(ConsoleMessages::unwrap).toList();
            // t(key, list) fills the message from a list (a flash's arguments), t(key, a, b) from the arguments.
            List<?> fill = values.size() == 2 && values.get(1) instanceof List<?> list ? list : values.subList(1, values.size());
            return source.getMessage(String.valueOf(values.getFirst()), fill.toArray(), locale.locale());
        };
    }

    private static Object unwrap(Object argument) {
        try {
            return argument instanceof freemarker.template.TemplateModel model ? DeepUnwrap.unwrap(model) : argument;
        } catch (TemplateModelException e) {
            throw new IllegalArgumentException("a message argument could not be read", e);
        }
    }
}
