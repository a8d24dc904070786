package org.beltportal.core.campaign.internal;

import tools.jackson.core.type.TypeReference;

/** Featured product or supplier ids as a JSON array ({@code [101,102]}). */
public class IdListTypeHandler extends JsonListTypeHandler<Long> {

    public IdListTypeHandler() {
        super(new TypeReference<>() { });
    }
}
