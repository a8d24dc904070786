package org.beltportal.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * The served OpenAPI description, read as plain JSON: its operations, and whether a real answer is one it
 * documents. An answer conforms when its status is documented for the operation and its JSON body has the
 * documented shape: every property it holds is documented, of the documented type, all the way down (a
 * null is taken anywhere: the description does not say which fields may be absent).
 */
final class ApiDescription {

    static final String PATH = "/v3/api-docs";

    final JsonNode document;

    private ApiDescription(JsonNode document) {
        this.document = document;
    }

    static ApiDescription fetch(Api api) {
        Api.Response answer = api.get(PATH);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return new ApiDescription(answer.json());
    }

    /** Every operation as "GET /admin/api/v1/tenants/{slug}". */
    Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (isMethod(operation.getKey())) {
                operations.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    JsonNode operation(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        assertThat(operation.isObject()).as("%s %s is described", method, path).isTrue();
        return operation;
    }

    /** The response a status is documented with, its $ref followed; missing when it is not documented. */
    JsonNode response(String method, String path, int status) {
        return resolve(operation(method, path).path("responses").path(Integer.toString(status)));
    }

    /** Asserts that {@code answer} to {@code method} on the documented {@code path} is as documented. */
    void assertAnswers(String method, String path, Api.Response answer) {
        JsonNode response = response(method, path, answer.status());
        assertThat(response.isObject()).as("%s %s documents status %s (answer: %s)", method, path, answer.status(), shortened(answer))
                .isTrue();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/json") || answer.body().isEmpty()) {
            return;
        }
        JsonNode schema = response.path("content").path("application/json").path("schema");
        assertThat(schema.isObject()).as("%s %s %s documents its JSON body", method, path, answer.status()).isTrue();
        List<String> problems = new ArrayList<>();
        check(answer.json(), schema, "$", problems);
        assertThat(problems).as("%s %s answered %s, unlike its description", method, path, shortened(answer)).isEmpty();
    }

    private void check(JsonNode value, JsonNode schema, String where, List<String> problems) {
        schema = resolve(schema);
        if (value.isNull() || schema.isMissingNode()) {
            return;
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            if (schema.has(choice)) {
                boolean fits = false;
                for (JsonNode option : schema.get(choice)) {
                    List<String> optionProblems = new ArrayList<>();
                    check(value, option, where, optionProblems);
                    fits |= optionProblems.isEmpty();
                }
                if (!fits) {
                    problems.add(where + " fits none of its " + choice);
                }
                return;
            }
        }
        List<String> types = new ArrayList<>();
        schema.path("type").forEach(type -> types.add(type.asString()));
        if (schema.path("type").isString()) {
            types.add(schema.get("type").asString());
        }
        if (!types.isEmpty() && types.stream().noneMatch(type -> isOfType(value, type))) {
            problems.add(where + " is " + value + ", documented as " + types);
            return;
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            JsonNode additional = schema.path("additionalProperties");
            value.properties().forEach(property -> {
                String at = where + "." + property.getKey();
                if (properties.has(property.getKey())) {
                    check(property.getValue(), properties.get(property.getKey()), at, problems);
                } else if (additional.isObject()) {
                    check(property.getValue(), additional, at, problems);
                } else if (!additional.isBoolean() || !additional.asBoolean()) {
                    problems.add(at + " is not documented");
                }
            });
        } else if (value.isArray()) {
            int index = 0;
            for (JsonNode item : value) {
                check(item, schema.path("items"), where + "[" + index++ + "]", problems);
            }
        }
    }

    private static boolean isOfType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    /** Follows a local {@code $ref} ("#/components/schemas/Product") to what it names. */
    JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String reference = node.get("$ref").asString();
            assertThat(reference).as("a local reference").startsWith("#/");
            node = document.at(reference.substring(1));
            assertThat(node.isMissingNode()).as("%s resolves", reference).isFalse();
        }
        return node;
    }

    private static String shortened(Api.Response answer) {
        String text = answer.toString();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    static boolean isMethod(String key) {
        return Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(key);
    }
}
