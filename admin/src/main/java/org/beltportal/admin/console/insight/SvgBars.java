package org.beltportal.admin.console.insight;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart as inline SVG, drawn on the server, so the monthly report prints its charts from the browser
 * without a script. One bar per value, the largest reaching the top. Hidden from screen readers: the template
 * captions it and the table beside it holds the same numbers. Only numbers go in, so nothing needs escaping.
 */
final class SvgBars {

    static final int WIDTH = 640;
    static final int HEIGHT = 160;
    private static final int GAP = 2;

    private SvgBars() {
    }

    static String of(List<Long> values) {
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        StringBuilder svg = new StringBuilder(256 + 96 * values.size());
        svg.append("<svg class=\"bars\" aria-hidden=\"true\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.append("<line x1=\"0\" y1=\"").append(HEIGHT - 1).append("\" x2=\"").append(WIDTH).append("\" y2=\"")
                .append(HEIGHT - 1).append("\" stroke=\"#444\"/>");
        double slot = values.isEmpty() ? WIDTH : (double) WIDTH / values.size();
        for (int i = 0; i < values.size(); i++) {
            long value = values.get(i);
            double height = max == 0 ? 0 : (HEIGHT - 2) * (double) value / max;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1d70b8\"/>",
                    i * slot + GAP / 2.0, HEIGHT - 1 - height, Math.max(1, slot - GAP), height));
        }
        return svg.append("</svg>").toString();
    }
}
