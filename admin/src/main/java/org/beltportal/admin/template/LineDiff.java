package org.beltportal.admin.template;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * A line diff of two template sources as people read one: every line of both, in order, each marked kept,
 * removed (only in {@code from}) or added (only in {@code to}), with its line number on each side it is on.
 */
public final class LineDiff {

    public enum Kind { KEPT, REMOVED, ADDED }

    /** One line of the diff; {@code fromLine}/{@code toLine} are 1-based, 0 on the side it is not on. */
    public record Line(Kind kind, int fromLine, int toLine, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> between(String from, String to) {
        List<String> before = from.lines().toList();
        List<String> after = to.lines().toList();
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            for (; i < delta.getSource().getPosition(); i++, j++) {
                lines.add(new Line(Kind.KEPT, i + 1, j + 1, before.get(i)));
            }
            for (String text : delta.getSource().getLines()) {
                lines.add(new Line(Kind.REMOVED, ++i, 0, text));
            }
            for (String text : delta.getTarget().getLines()) {
                lines.add(new Line(Kind.ADDED, 0, ++j, text));
            }
        }
        for (; i < before.size(); i++, j++) {
            lines.add(new Line(Kind.KEPT, i + 1, j + 1, before.get(i)));
        }
        return lines;
    }
}
