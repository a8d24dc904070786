package org.beltportal.core.region;

/**
 * Key figures of one belt as a region page lists them: products buyers can see, suppliers, inquiries received in
 * the last 30 days, and campaigns in warm-up or live now.
 */
public record BeltFigures(long activeProducts, long suppliers, long inquiries30Days, long campaignsRunning) {

    public static final BeltFigures NONE = new BeltFigures(0, 0, 0, 0);

    public BeltFigures plus(BeltFigures other) {
        return new BeltFigures(activeProducts + other.activeProducts, suppliers + other.suppliers,
                inquiries30Days + other.inquiries30Days, campaignsRunning + other.campaignsRunning);
    }
}
