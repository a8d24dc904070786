package org.beltportal.admin.console.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beltportal.core.system.FieldProblem;

/**
 * A form's problems as its page shows them: beside each field and in the summary at the top, each linking to its
 * field and named by the field's label and, for a row of a list, the row's number. A field's element id is the
 * service's field name with a row's index after a dash ({@code priceTiers[1].price} is {@code priceTiers-1.price}),
 * since brackets are not allowed in the fragment of a link.
 */
public final class FormErrors {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Pattern ROW = Pattern.compile("([A-Za-z]+)(?:-(\\d+))?.*");

    private final Map<String, String> byField = new LinkedHashMap<>();

    FormErrors add(String field, String message) {
        byField.putIfAbsent(INDEX.matcher(field).replaceAll("-$1"), message);
        return this;
    }

    FormErrors addAll(List<FieldProblem> problems) {
        problems.forEach(problem -> add(problem.field(), problem.message()));
        return this;
    }

    boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The message beside each field, by the field's id. */
    public Map<String, String> getByField() {
        return byField;
    }

    /** The summary's lines, in the order the problems came. */
    public List<Line> getSummary() {
        List<Line> lines = new ArrayList<>();
        byField.forEach((field, message) -> {
            Matcher matcher = ROW.matcher(field);
            boolean named = matcher.matches();
            String group = named ? matcher.group(1) : field;
            int row = named && matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) + 1 : 0;
            lines.add(new Line(field, group, row, message));
        });
        return lines;
    }

    /** One line of the summary: the field's id, its label's key suffix, its row (1-based, 0 for none), the problem. */
    public record Line(String field, String group, int row, String message) {
    }
}
