package org.beltportal.core.campaign.internal;

import org.beltportal.core.campaign.Placement;
import tools.jackson.core.type.TypeReference;

/** Placements as a JSON array ({@code [{"slot":"hero","page":"home"}]}). */
public class PlacementListTypeHandler extends JsonListTypeHandler<Placement> {

    public PlacementListTypeHandler() {
        super(new TypeReference<>() { });
    }
}
