package org.beltportal.core.campaign;

import java.util.List;
import java.util.Objects;

/**
 * Yearly repetition by months: {@code [3, 9, 12]} repeats a campaign in March, September and December of
 * every year. How an occurrence's times are derived is {@link CampaignTiming}'s to say.
 */
public record Recurrence(List<Integer> months) {

    public Recurrence {
        months = months == null ? List.of() : months.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    boolean isValid() {
        return !months.isEmpty() && months.stream().allMatch(month -> month >= 1 && month <= 12);
    }
}
