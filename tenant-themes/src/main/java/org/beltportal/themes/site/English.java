package org.beltportal.themes.site;

/**
 * English pages show English values where the belt gave them, field by field: a product with an English
 * title but no English unit shows its English title and its Chinese unit. Every other language shows the
 * Chinese value, which every field has.
 */
public final class English {

    public static final String LANG = "en";

    private English() {
    }

    /** {@code english} on an English page when it has text, else {@code chinese}. */
    public static String orChinese(String lang, String chinese, String english) {
        return LANG.equals(lang) && english != null && !english.isBlank() ? english : chinese;
    }
}
