package org.beltportal.themes.engine;

import java.util.ArrayList;
import java.util.List;

import freemarker.template.Template;
import org.beltportal.core.template.TemplateProblem;

/**
 * The rules every template must keep to be rendered, built-in or operator's: no forbidden built-in
 * ({@link ForbiddenConstructs}), nothing whose single evaluation is unbounded ({@link UnboundedConstructs}),
 * no expression that can build more than a bounded multiple of what a template may hold ({@link ExpressionSizes}).
 * A save refuses a source that breaks them; a template that breaks them anyway (saved before a rule
 * existed) fails to load, so its page fails like any broken template.
 */
final class TemplateRules {

    private TemplateRules() {
    }

    static List<TemplateProblem> problems(TemplateTree tree) {
        List<TemplateProblem> problems = new ArrayList<>(ForbiddenConstructs.in(tree));
        problems.addAll(UnboundedConstructs.in(tree));
        if (tree.nodes().stream().allMatch(node -> node.depth() <= UnboundedConstructs.MAX_DEPTH)) {
            // Sizes are computed recursively, which the nesting limit keeps shallow.
            problems.addAll(ExpressionSizes.in(tree));
        }
        return problems;
    }

    static List<TemplateProblem> problems(Template template) {
        return problems(TemplateTree.of(template));
    }
}
