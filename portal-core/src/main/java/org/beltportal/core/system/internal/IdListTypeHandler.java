package org.beltportal.core.system.internal;

import java.util.List;

import tools.jackson.core.type.TypeReference;

/** Ids as a JSON array ({@code [101,102]}): a campaign's featured products and suppliers. */
public class IdListTypeHandler extends JsonTypeHandler<List<Long>> {

    public IdListTypeHandler() {
        super(new TypeReference<>() { }, List.of(), List::copyOf);
    }
}
