package org.beltportal.themes.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.core.TemplateElement;
import freemarker.core.TextBlock;
import freemarker.template.Template;
import org.beltportal.core.template.TemplateProblem;

/**
 * Finds the built-ins an operator template may not use: {@code ?new} and {@code ?api} (also disabled at
 * render time), and {@code ?eval}, {@code ?eval_json}, {@code ?interpret}, which run text as template
 * code and so would hide any other construct from this check. The parsed template tells which parts of
 * the source are plain text and comments; those are blanked, and the rest (FreeMarker tags and
 * expressions) is searched. A forbidden name inside a string literal is refused too: harmless, but rare.
 */
final class ForbiddenConstructs {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\?\\s*(new|api|has_api|hasApi|eval|eval_json|evalJson|interpret)\\b");

    private ForbiddenConstructs() {
    }

    static List<TemplateProblem> in(Template template, String source) {
        LineIndex lines = new LineIndex(source);
        char[] code = source.toCharArray();
        blankTextAndComments(rootOf(template), lines, code);
        List<TemplateProblem> problems = new ArrayList<>();
        Matcher found = FORBIDDEN.matcher(new String(code));
        while (found.find()) {
            problems.add(new TemplateProblem(lines.line(found.start()), lines.column(found.start()),
                    "?" + found.group(1) + " is not allowed in templates"));
        }
        return problems;
    }

    // FreeMarker marks its parse tree API deprecated ("may change"); it is the only way to tell
    // template text from template code, and the tests pin what this relies on.
    @SuppressWarnings("deprecation")
    static TemplateElement rootOf(Template template) {
        return template.getRootTreeNode();
    }

    @SuppressWarnings("deprecation")
    private static void blankTextAndComments(TemplateElement element, LineIndex lines, char[] code) {
        String kind = element.getClass().getSimpleName();
        if (element instanceof TextBlock || kind.equals("Comment")) {
            int from = lines.offset(element.getBeginLine(), element.getBeginColumn());
            int to = Math.min(code.length, lines.offset(element.getEndLine(), element.getEndColumn()) + 1);
            for (int i = from; i < to; i++) {
                if (code[i] != '\n') {
                    code[i] = ' ';
                }
            }
            return;
        }
        for (int i = 0; i < element.getChildCount(); i++) {
            blankTextAndComments((TemplateElement) element.getChildAt(i), lines, code);
        }
    }
}
