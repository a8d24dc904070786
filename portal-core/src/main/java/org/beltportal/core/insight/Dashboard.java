package org.beltportal.core.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A dashboard of a set of belts over a range, each figure with its value in the range compared with another range
 * ({@link Comparison}); docs/insight.md defines every figure. {@code summary} is the range's summary as the JSON
 * summary answers it, {@code compared} the comparison range's (null without one).
 */
public record Dashboard(
        InsightSummary summary,
        InsightSummary compared,
        String comparison,
        List<Figure> figures,
        List<InquiryDay> inquiryDays,
        List<ItemViews> topProducts,
        List<ItemViews> topSuppliers) {

    /**
     * One figure: its value, the comparison range's and the change as a ratio ({@code 0.25} is 25 % more); a
     * value is null where it is undefined (a mean without clicks), the change where either value is or the
     * comparison is 0.
     */
    public record Figure(String key, Number value, Number compared, Double change) {

        static Figure of(String key, Number value, Number compared) {
            boolean comparable = value != null && compared != null && compared.doubleValue() != 0;
            return new Figure(key, value, compared,
                    comparable ? (value.doubleValue() - compared.doubleValue()) / compared.doubleValue() : null);
        }
    }

    /**
     * One local day's inquiries: by source from the rollups (stored, not spam when they came), and by handling
     * status now from the inquiry table (every stored inquiry created that day, spam included).
     */
    public record InquiryDay(LocalDate date, Map<String, Long> bySource, Map<String, Long> byStatus) {
    }

    /** A product or supplier and how often its page was viewed. */
    public record ItemViews(long id, String name, long views) {
    }
}
