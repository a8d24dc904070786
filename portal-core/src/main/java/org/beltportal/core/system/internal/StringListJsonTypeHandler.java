package org.beltportal.core.system.internal;

import java.util.List;

import tools.jackson.core.type.TypeReference;

/** A {@code List<String>} as a JSON array (image lists); named explicitly in mapper XML. */
public class StringListJsonTypeHandler extends JsonTypeHandler<List<String>> {

    public StringListJsonTypeHandler() {
        super(new TypeReference<>() { }, List.of(), List::copyOf);
    }
}
