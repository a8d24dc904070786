package org.beltportal.themes.engine;

import java.util.ArrayList;
import java.util.List;

import freemarker.core.Expression;
import freemarker.core.TemplateElement;
import org.beltportal.core.template.TemplateProblem;

/**
 * Keeps {@code msg} the data model's message texts: a template may read it but not bind the name itself
 * ({@code <#assign msg = ...>}, {@code #local}, {@code #global}, {@code <#list ... as msg>}, a macro,
 * function or lambda parameter, {@code <#import ... as msg>}, {@code <@m ; msg>}). {@link ExpressionSizes}
 * counts a {@code msg["key"]?replace("{0}", s)} by the bundles' texts ({@link MessageTexts}); a template
 * that made {@code msg} a hash of its own long texts would make that count wrong.
 */
final class MessageBindings {

    private MessageBindings() {
    }

    static List<TemplateProblem> in(TemplateTree tree) {
        List<TemplateProblem> problems = new ArrayList<>();
        for (TemplateTree.Node node : tree.nodes()) {
            if (binds(node)) {
                problems.add(new TemplateProblem(node.line(), node.column(), MessageTexts.NAME
                        + " is the portal's message texts: a template may read it but not bind the name"));
            }
        }
        return problems;
    }

    /** A directive names what it binds as a plain string; a lambda names its parameters as identifiers. */
    private static boolean binds(TemplateTree.Node node) {
        if (node.object() instanceof TemplateElement) {
            return node.operands().stream().anyMatch(MessageTexts.NAME::equals);
        }
        if (node.object() instanceof Expression && node.type().equals("->")) {
            List<Object> operands = node.operands();
            return operands.subList(0, operands.size() - 1).stream().anyMatch(parameter -> parameter instanceof Expression
                    && TemplateTree.nodeOf((Expression) parameter).type().equals(MessageTexts.NAME));
        }
        return false;
    }
}
