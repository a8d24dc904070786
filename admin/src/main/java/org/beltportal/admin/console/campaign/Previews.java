package org.beltportal.admin.console.campaign;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model of the "preview in time" form (campaign/preview.ftlh) for the editor and the calendar. */
final class Previews {

    private Previews() {
    }

    /**
     * The editor's form: its campaign is previewed in place whatever its status (decision 0046).
     *
     * @param back         the page to return to when the time typed is no time
     * @param at           the form's first value: a {@code datetime-local} value
     * @param pages        the portal pages offered ({@code path}, {@code label} key, optional {@code name})
     * @param moments      quick buttons ({@code at}, {@code label} key)
     * @param campaignId   the campaign previewed in place
     */
    static Map<String, Object> of(String back, String at, List<Map<String, String>> pages, List<Map<String, String>> moments,
                                  long campaignId) {
        Map<String, Object> model = form(back, at, pages, moments);
        model.put("previewCampaign", Long.toString(campaignId));
        return model;
    }

    /**
     * The calendar's: the home page, from the time given, no quick buttons; {@code unapproved} ({@code id},
     * {@code name}) are the belt's campaigns not approved yet that the form offers to preview in place.
     */
    static Map<String, Object> home(String back, String at, List<Map<String, String>> unapproved) {
        Map<String, Object> model = form(back, at, List.of(Map.of("path", "/", "label", "campaign.preview.home")), List.of());
        model.put("previewCampaigns", unapproved);
        return model;
    }

    private static Map<String, Object> form(String back, String at, List<Map<String, String>> pages,
                                            List<Map<String, String>> moments) {
        Map<String, Object> model = new HashMap<>();
        model.put("back", back);
        model.put("previewAt", at);
        model.put("previewPages", pages);
        model.put("previewMoments", moments);
        model.put("previewCampaign", "");
        model.put("previewCampaigns", List.of());
        return model;
    }
}
