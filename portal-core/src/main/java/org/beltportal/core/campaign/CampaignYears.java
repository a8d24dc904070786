package org.beltportal.core.campaign;

import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * The years campaign calendars work in. Campaign times, the admin month calendar and previewed instants
 * must fall in them; a recurring campaign repeats through the last of them and no further. Past them our
 * month arithmetic and java.time reach their limits (year 999999999 once overflowed the occurrence count
 * and looped some 2^31 times on every page of a belt), and no festival needs them.
 */
public final class CampaignYears {

    public static final int FIRST = 2000;
    public static final int LAST = 2199;
    public static final String RULE = "must be in the years " + FIRST + " to " + LAST;

    private CampaignYears() {
    }

    public static boolean contains(int year) {
        return year >= FIRST && year <= LAST;
    }

    public static boolean contains(LocalDateTime time) {
        return time != null && contains(time.getYear());
    }

    public static boolean contains(YearMonth month) {
        return month != null && contains(month.getYear());
    }
}
