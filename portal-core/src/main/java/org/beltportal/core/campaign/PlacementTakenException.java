package org.beltportal.core.campaign;

import org.beltportal.core.system.ConflictException;

/**
 * A 409 for a placement another campaign holds at the same time, naming that campaign by id too, so the
 * console can link to it rather than leave the person to look it up by slug.
 */
public class PlacementTakenException extends ConflictException {

    private final long takenBy;

    PlacementTakenException(String message, long takenBy) {
        super(message);
        this.takenBy = takenBy;
    }

    /** The id of the campaign holding the placement (of the same tenant). */
    public long takenBy() {
        return takenBy;
    }
}
