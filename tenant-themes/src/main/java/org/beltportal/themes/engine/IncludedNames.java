package org.beltportal.themes.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateElement;
import org.beltportal.core.template.TemplatePath;
import org.beltportal.core.template.TemplateProblem;

/**
 * Checks every {@code #include} and {@code #import} of a template: the name must be a string literal (a
 * computed name could be anything at render time) naming a template of the tenant's lookup chain, given
 * absolutely ({@code /layout.ftlh}) or relative to the template's own folder.
 */
final class IncludedNames {

    /** The whole directive as FreeMarker prints it back: a plain name, no expression, no include options. */
    private static final Pattern LITERAL = Pattern.compile(
            "<#(?:include \"([^\"\\\\]*)\"|import \"([^\"\\\\]*)\" as [A-Za-z_][A-Za-z0-9_]*)/>");

    private final String folder;
    private final TemplateLoader loader;

    IncludedNames(TemplatePath path, TemplateLoader loader) {
        int slash = path.value().lastIndexOf('/');
        this.folder = slash < 0 ? "" : path.value().substring(0, slash + 1);
        this.loader = loader;
    }

    List<TemplateProblem> problems(TemplateTree tree) {
        List<TemplateProblem> problems = new ArrayList<>();
        for (TemplateTree.Node node : tree.nodes()) {
            String kind = node.object().getClass().getSimpleName();
            if (kind.equals("Include") || kind.equals("LibraryLoad")) {
                check((TemplateElement) node.object(), problems);
            }
        }
        return problems;
    }

    private void check(TemplateElement element, List<TemplateProblem> problems) {
        Matcher literal = LITERAL.matcher(element.getCanonicalForm());
        String problem;
        if (!literal.matches()) {
            problem = "include and import take a template name in quotes, without expressions or options";
        } else {
            String name = literal.group(1) != null ? literal.group(1) : literal.group(2);
            String resolved = resolve(name.startsWith("/") ? name.substring(1) : folder + name);
            problem = resolved != null && resolves(resolved) ? null
                    : "\"" + name + "\" is not a template of this portal's theme";
        }
        if (problem != null) {
            problems.add(new TemplateProblem(element.getBeginLine(), element.getBeginColumn(), problem));
        }
    }

    /** The name with "." and ".." steps applied, or null when it climbs above the root. */
    private static String resolve(String name) {
        Deque<String> steps = new ArrayDeque<>();
        for (String step : name.split("/", -1)) {
            if (step.equals("..")) {
                if (steps.pollLast() == null) {
                    return null;
                }
            } else if (!step.equals(".")) {
                steps.addLast(step);
            }
        }
        return String.join("/", steps);
    }

    private boolean resolves(String name) {
        try {
            return TemplateNames.isSafe(name) && loader.findTemplateSource(name) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
