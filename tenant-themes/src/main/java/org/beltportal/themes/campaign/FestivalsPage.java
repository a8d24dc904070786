package org.beltportal.themes.campaign;

import java.util.List;

/**
 * The data of {@code pages/festivals.ftlh}: every occurrence of an approved campaign that is running or
 * starts within the next twelve months, in order of going live, and the URL of the iCalendar feed.
 */
public record FestivalsPage(List<Festival> festivals, String icsUrl) {

    public FestivalsPage {
        festivals = List.copyOf(festivals);
    }

    /** One occurrence: local times of the belt, its phase now as text and code, its landing page. */
    public record Festival(String name, String url, String kind, String phase, String phaseLabel, String warmupStart,
                           String liveStart, String liveStartIso, String end) {
    }
}
