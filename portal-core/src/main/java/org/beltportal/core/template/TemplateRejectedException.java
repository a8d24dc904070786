package org.beltportal.core.template;

import java.util.List;

/** A template source that does not parse or breaks a sandbox rule. Answered with 422, the problems as details. */
public class TemplateRejectedException extends RuntimeException {

    private final List<TemplateProblem> problems;

    public TemplateRejectedException(String path, List<TemplateProblem> problems) {
        super(path + " was refused: " + problems.getFirst().reason() + " (line " + problems.getFirst().line()
                + ", column " + problems.getFirst().column() + ")");
        this.problems = List.copyOf(problems);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
