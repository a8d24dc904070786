package org.beltportal.search.index;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Coarse price bands for the facet: wholesale buyers think in "under 5 yuan", not exact prices. */
public enum PriceBand {
    UNDER_5("0-5", 0, 500), FROM_5("5-20", 500, 2_000), FROM_20("20-50", 2_000, 5_000),
    FROM_50("50-100", 5_000, 10_000), FROM_100("100+", 10_000, Long.MAX_VALUE);

    private final String label;
    private final long minFen;
    private final long maxFenExclusive;

    PriceBand(String label, long minFen, long maxFenExclusive) {
        this.label = label;
        this.minFen = minFen;
        this.maxFenExclusive = maxFenExclusive;
    }

    public String label() {
        return label;
    }

    public static PriceBand of(long fen) {
        for (PriceBand band : values()) {
            if (fen >= band.minFen && fen < band.maxFenExclusive) {
                return band;
            }
        }
        return FROM_100;
    }

    public static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
