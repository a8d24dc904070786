package org.beltportal.core.system.internal;

import java.util.List;

import org.beltportal.core.campaign.Placement;
import tools.jackson.core.type.TypeReference;

/** A campaign's placements as a JSON array ({@code [{"slot":"hero","page":"home"}]}). */
public class PlacementListTypeHandler extends JsonTypeHandler<List<Placement>> {

    public PlacementListTypeHandler() {
        super(new TypeReference<>() { }, List.of(), List::copyOf);
    }
}
