package org.beltportal.core.system.internal;

import java.util.List;

import org.beltportal.core.job.RowError;
import tools.jackson.core.type.TypeReference;

/** A job's row errors as a JSON array in a MEDIUMTEXT column; named explicitly in mapper XML. */
public class RowErrorsJsonTypeHandler extends JsonTypeHandler<List<RowError>> {

    public RowErrorsJsonTypeHandler() {
        super(new TypeReference<>() { }, List.of(), List::copyOf);
    }
}
