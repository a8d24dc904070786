package org.beltportal.admin.console.campaign;

import java.util.List;
import java.util.Map;

/** The model of the "preview in time" form (campaign/preview.ftlh) for the editor and the calendar. */
final class Previews {

    private Previews() {
    }

    /**
     * @param back         the page to return to when the time typed is no time
     * @param at           the form's first value: a {@code datetime-local} value
     * @param pages        the portal pages offered ({@code path}, {@code label} key, optional {@code name})
     * @param moments      quick buttons ({@code at}, {@code label} key)
     */
    static Map<String, Object> of(String back, String at, List<Map<String, String>> pages, List<Map<String, String>> moments) {
        return Map.of("back", back, "previewAt", at, "previewPages", pages, "previewMoments", moments);
    }

    /** The calendar's: the home page, from the time given, no quick buttons. */
    static Map<String, Object> home(String back, String at) {
        return of(back, at, List.of(Map.of("path", "/", "label", "campaign.preview.home")), List.of());
    }
}
