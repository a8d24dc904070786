package org.beltportal.admin.console.template;

import java.util.ArrayList;
import java.util.List;

import org.beltportal.core.template.TemplateProblem;

/**
 * A line of the source a check found a problem on, shown beside the problem so the operator sees the line
 * without counting: its number, its text, the column and the reason.
 */
public record EditorLine(int line, int column, String text, String reason) {

    static List<EditorLine> of(String source, List<TemplateProblem> problems) {
        List<String> lines = source.lines().toList();
        List<EditorLine> shown = new ArrayList<>();
        for (TemplateProblem problem : problems) {
            String text = problem.line() >= 1 && problem.line() <= lines.size() ? lines.get(problem.line() - 1) : "";
            shown.add(new EditorLine(problem.line(), problem.column(), text, problem.reason()));
        }
        return shown;
    }
}
