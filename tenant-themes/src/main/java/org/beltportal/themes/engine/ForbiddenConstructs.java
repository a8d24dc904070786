package org.beltportal.themes.engine;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import freemarker.core.TemplateObject;
import org.beltportal.core.template.TemplateProblem;

/**
 * Finds the built-ins an operator template may not use: {@code ?new} and {@code ?api} (also disabled at
 * render time), and {@code ?eval}, {@code ?eval_json}, {@code ?interpret}, which run text as template
 * code and so would hide any other construct from this check. They are looked for in the parse tree, so
 * text, comments (also one inside a built-in call, {@code x?<#-- -->new}), whitespace and the camel case
 * spelling ({@code ?hasApi}) change nothing; plain text such as {@code <a href="/x?new=1">} is no built-in.
 */
final class ForbiddenConstructs {

    private static final Set<String> FORBIDDEN = Set.of("new", "api", "has_api", "eval", "eval_json", "interpret");

    private ForbiddenConstructs() {
    }

    static List<TemplateProblem> in(TemplateTree tree) {
        return tree.nodes().stream()
                .filter(node -> node.builtIn() != null && FORBIDDEN.contains(snakeCase(node.builtIn())))
                .map(node -> problemAtQuestionMark(node, "?" + snakeCase(node.builtIn()) + " is not allowed in templates"))
                .toList();
    }

    /** A built-in's node starts where its target does; an editor wants the cursor on the {@code ?} after it. */
    static TemplateProblem problemAtQuestionMark(TemplateTree.Node builtIn, String reason) {
        TemplateObject target = (TemplateObject) builtIn.operands().getFirst();
        return new TemplateProblem(target.getEndLine(), target.getEndColumn() + 1, reason);
    }

    /** FreeMarker accepts every built-in in both spellings: {@code has_api} and {@code hasApi}. */
    static String snakeCase(String name) {
        return name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }
}
