package org.beltportal.themes.engine;

import java.util.ArrayList;
import java.util.List;

/** Converts between offsets in a source and FreeMarker's 1-based line and column (tab size 1). */
final class LineIndex {

    private final List<Integer> lineStarts = new ArrayList<>();
    private final int length;

    LineIndex(String source) {
        length = source.length();
        lineStarts.add(0);
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
    }

    int offset(int line, int column) {
        int index = Math.max(0, Math.min(line, lineStarts.size()) - 1);
        return Math.max(0, Math.min(length, lineStarts.get(index) + column - 1));
    }

    int line(int offset) {
        int line = 0;
        while (line + 1 < lineStarts.size() && lineStarts.get(line + 1) <= offset) {
            line++;
        }
        return line + 1;
    }

    int column(int offset) {
        return offset - lineStarts.get(line(offset) - 1) + 1;
    }
}
