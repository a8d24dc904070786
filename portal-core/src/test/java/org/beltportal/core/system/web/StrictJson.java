package org.beltportal.core.system.web;

import tools.jackson.databind.json.JsonMapper;

/** A mapper configured as the application's is, for tests outside a Spring context. */
final class StrictJson {

    private StrictJson() {
    }

    static JsonMapper mapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJsonConfiguration().strictJsonInput().customize(builder);
        return builder.build();
    }
}
