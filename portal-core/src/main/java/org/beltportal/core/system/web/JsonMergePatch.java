package org.beltportal.core.system.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.beltportal.core.system.BadRequestException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * PATCH as JSON Merge Patch (RFC 7396) built on PUT, so a resource has one write path and one set of
 * rules: the resource's current representation, cut to the fields of its PUT body, is patched and bound
 * to that body type, and the handler passes the result to the same service call its PUT makes. A field
 * the patch leaves out keeps its value, {@code null} removes it (the service then applies its default
 * as for a PUT without it), objects merge field by field, arrays are replaced whole. A patch is refused
 * like a PUT body: an unknown field or a wrong type is a 400 naming it, a broken rule a 422. Decision 0026.
 */
@Component
public class JsonMergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final JsonMapper json;

    public JsonMergePatch(JsonMapper json) {
        this.json = json;
    }

    /**
     * The PUT body that says what {@code current} with {@code patch} applied is. {@code current} is what
     * GET answers; its fields that the body lacks (ids, timestamps, computed ones) are left out, so a
     * patch naming one of them is refused as unknown, as a PUT would be.
     */
    public <T extends Record> T apply(JsonNode patch, Object current, Class<T> bodyType) {
        if (!patch.isObject()) {
            throw new BadRequestException("a merge patch must be a JSON object of the fields to change");
        }
        JsonNode representation = json.valueToTree(current);
        ObjectNode body = json.createObjectNode();
        for (String field : fieldsOf(bodyType)) {
            JsonNode value = representation.get(field);
            if (value != null && !value.isNull()) {
                body.set(field, value);
            }
        }
        try {
            return json.treeToValue(merged(body, patch), bodyType);
        } catch (JacksonException e) {
            throw new JsonBodyException(e);
        }
    }

    /** The JSON fields of a body type: its components, and those of a record it shows flat (a campaign's spec). */
    private static List<String> fieldsOf(Class<?> bodyType) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : bodyType.getRecordComponents()) {
            boolean flat = component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)
                    || component.isAnnotationPresent(JsonUnwrapped.class);
            if (flat && component.getType().isRecord()) {
                fields.addAll(fieldsOf(component.getType()));
            } else {
                fields.add(component.getName());
            }
        }
        return fields;
    }

    /** RFC 7396, section 2: the target with the patch applied; neither argument is changed. */
    static JsonNode merged(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? (ObjectNode) target.deepCopy() : ((ObjectNode) patch).objectNode();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merged(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
