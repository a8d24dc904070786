package org.beltportal.admin.console.branding;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.beltportal.admin.console.MediaPicks;
import org.beltportal.core.tenant.Branding;
import org.beltportal.core.tenant.web.BrandingDraft;

/**
 * The branding form's fields. Each colour has two inputs, a colour picker and a text box, because a picker
 * alone cannot take a typed {@code #1f4e79} on every phone: the picker counts when it was moved from the value
 * the page showed ({@code <colour>Picked}), else the text box does. No script is needed for either.
 */
record BrandingForm(String name, String nameEn, String slogan, String logoUrl, List<String> heroImages,
                    String primaryColor, String accentColor, String footerHtml) {

    static final String PICKER = "Picker";
    static final String PICKED = "Picked";

    static BrandingForm of(Map<String, String> typed) {
        // An image chosen in the library's picker counts over the box (see MediaPicks).
        String logoUrl = MediaPicks.replaced(text(typed, "logoUrl"), typed.get(MediaPicks.name("logoUrl")));
        return new BrandingForm(text(typed, "name"), text(typed, "nameEn"), text(typed, "slogan"), logoUrl,
                lines(MediaPicks.addedLine(typed.get("heroImages"), typed.get(MediaPicks.name("heroImages")))), colour(typed, "primaryColor"), colour(typed, "accentColor"),
                text(typed, "footerHtml"));
    }

    /** The fields of a form showing {@code draft}: hero images one a line. */
    static Map<String, String> fieldsOf(BrandingDraft draft) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", orEmpty(draft.name()));
        fields.put("nameEn", orEmpty(draft.nameEn()));
        fields.put("slogan", orEmpty(draft.slogan()));
        fields.put("logoUrl", orEmpty(draft.logoUrl()));
        fields.put("heroImages", String.join("\n", draft.heroImages()));
        fields.put("primaryColor", orEmpty(draft.primaryColor()));
        fields.put("accentColor", orEmpty(draft.accentColor()));
        fields.put("footerHtml", orEmpty(draft.footerHtml()));
        return fields;
    }

    Branding branding() {
        return new Branding(logoUrl, primaryColor, accentColor, slogan, heroImages, footerHtml);
    }

    private static String colour(Map<String, String> typed, String field) {
        String picker = typed.get(field + PICKER);
        return picker != null && !picker.equals(typed.get(field + PICKED)) ? picker : text(typed, field);
    }

    private static List<String> lines(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String text(Map<String, String> typed, String field) {
        String value = typed.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
