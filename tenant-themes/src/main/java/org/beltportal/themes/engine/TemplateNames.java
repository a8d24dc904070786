package org.beltportal.themes.engine;

import java.util.regex.Pattern;

/**
 * The only template names a loader answers: lowercase folder and file names ending in {@code .ftlh}.
 * Everything that could leave a loader's root ({@code ..}, absolute paths, {@code classpath:},
 * {@code file:}, {@code %2e}, backslashes) fails this whitelist rather than a blacklist of tricks.
 */
final class TemplateNames {

    private static final Pattern SAFE = Pattern.compile("[a-z0-9_-]{1,60}(/[a-z0-9_-]{1,60}){0,3}\\.ftlh");

    private TemplateNames() {
    }

    static boolean isSafe(String name) {
        return name != null && SAFE.matcher(name).matches();
    }

    /** The view name a controller returns ({@code pages/home}) as a template name. */
    static String ofView(String viewName) {
        return viewName + ".ftlh";
    }

    /** The page type a page template renders, as operators name it: {@code pages/home.ftlh} is "home". */
    static String pageType(String templateName) {
        String name = templateName.startsWith("pages/") ? templateName.substring("pages/".length()) : templateName;
        return name.endsWith(".ftlh") ? name.substring(0, name.length() - ".ftlh".length()) : name;
    }
}
