package org.beltportal.core.system.internal;

import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the few small JSON text columns (attributes, image lists). */
final class JsonColumns {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() { };
    static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private JsonColumns() {
    }
}
