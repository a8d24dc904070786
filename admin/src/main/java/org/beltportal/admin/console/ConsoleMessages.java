package org.beltportal.admin.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The console's labels, from {@code console/messages/<bundle>_<lang>.properties} (UTF-8): {@code console} for the
 * frame and one bundle per screen, so a new screen brings its labels in a file of its own. Every bundle with a
 * zh-CN file is read. A missing key fails the render rather than showing the key: a test walks every page in both
 * languages, and ConsoleMessagesTest keeps the bundles in step.
 */
final class ConsoleMessages {

    static final String FOLDER = "console/messages/";
    static final String CHINESE_SUFFIX = "_zh_CN.properties";

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    ConsoleMessages() {
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
    }

    /** Every {@code <bundle>_zh_CN.properties} in the folder names a bundle; English must sit beside it (the test checks). */
    static String[] basenames() {
        try {
            Resource[] chinese = new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "*" + CHINESE_SUFFIX);
            return Arrays.stream(chinese)
                    .map(Resource::getFilename)
                    .map(name -> FOLDER + name.substring(0, name.length() - CHINESE_SUFFIX.length()))
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("the console's message bundles could not be listed", e);
        }
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
