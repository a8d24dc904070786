package org.beltportal.admin.console.insight;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.beltportal.core.insight.CampaignReport;

/** A campaign report's times in the campaign's own zone and its uplifts as text, for the template. */
public record CampaignView(List<Phase> phases) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    public record Phase(String phase, String from, String to, String baselineFrom, String baselineTo, boolean over,
                 List<Row> rows) {
    }

    public record Row(String key, long value, long baseline, String uplift) {
    }

    static CampaignView of(CampaignReport report) {
        ZoneId zone = ZoneId.of(report.timeZone());
        return new CampaignView(report.phases().stream().map(phase -> new Phase(phase.phase(),
                TIME.format(phase.from().atZone(zone)), TIME.format(phase.to().atZone(zone)),
                TIME.format(phase.baselineFrom().atZone(zone)), TIME.format(phase.baselineTo().atZone(zone)), phase.over(),
                phase.figures().stream().map(f -> new Row(f.key(), f.value(), f.baseline(),
                        f.uplift() == null ? "" : String.format(Locale.ROOT, "%.2f", f.uplift()))).toList())).toList());
    }
}
