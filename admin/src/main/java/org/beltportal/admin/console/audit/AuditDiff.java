package org.beltportal.admin.console.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry's before and after, field by field, as a person reads a change: nested objects flattened to
 * dotted names ({@code spec.name}), lists of plain values joined, every field of either side listed once in the
 * order it first appears, those whose value differs marked changed. Text is split into lines so a long
 * description shows as it was written.
 */
public final class AuditDiff {

    private final JsonMapper json;

    AuditDiff(JsonMapper json) {
        this.json = json;
    }

    /** One field: its value before and after (null where that side has none), as lines. */
    public record Field(String name, List<String> before, List<String> after, boolean changed) {
    }

    List<Field> of(String beforeJson, String afterJson) {
        Map<String, String> before = flat(beforeJson);
        Map<String, String> after = flat(afterJson);
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<Field> fields = new ArrayList<>();
        for (String name : names) {
            String was = before.get(name);
            String is = after.get(name);
            fields.add(new Field(name, lines(was), lines(is), !Objects.equals(was, is)));
        }
        return fields;
    }

    private Map<String, String> flat(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (text != null) {
            flatten("", json.readTree(text), fields);
        }
        return fields;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            if (node.isEmpty() && !prefix.isEmpty()) {
                into.put(prefix, "{}");
            }
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                flatten(prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey(), property.getValue(), into);
            }
        } else if (node.isArray() && node.valueStream().allMatch(JsonNode::isValueNode)) {
            into.put(name(prefix), String.join(", ", node.valueStream().map(AuditDiff::text).toList()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + (i + 1) + "]", node.get(i), into);
            }
        } else {
            into.put(name(prefix), text(node));
        }
    }

    /** A snapshot that is a single value (a status, a list of roles) has no field name of its own. */
    private static String name(String prefix) {
        return prefix.isEmpty() ? "value" : prefix;
    }

    private static String text(JsonNode value) {
        return value.isNull() ? "null" : value.isString() ? value.asString() : value.toString();
    }

    private static List<String> lines(String value) {
        return value == null ? null : List.of(value.split("\\R", -1));
    }
}
