package org.beltportal.core.system.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;

/** A {@code Map<String, String>} as a JSON object (product attributes); named explicitly in mapper XML. */
public class StringMapJsonTypeHandler extends JsonTypeHandler<Map<String, String>> {

    public StringMapJsonTypeHandler() {
        // Keep the operator's attribute order: it is the order buyers see.
        super(new TypeReference<>() { }, Map.of(), map -> Collections.unmodifiableMap(new LinkedHashMap<>(map)));
    }
}
