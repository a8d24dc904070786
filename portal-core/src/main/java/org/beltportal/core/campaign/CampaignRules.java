package org.beltportal.core.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.beltportal.core.system.Problems;
import org.beltportal.core.tenant.Tenant;
import org.springframework.stereotype.Component;

/**
 * The rules a campaign must pass before it is saved or moves towards buyers: its own fields and featured
 * goods of its own tenant (one 422 with every problem of both, the goods named by the ids that are not),
 * and no placement shared in time with an approved or in-review campaign (409 naming that campaign).
 */
@Component
class CampaignRules {

    /** Placement overlaps are looked for this far ahead, through every occurrence of recurring campaigns. */
    static final Duration OVERLAP_HORIZON = Duration.ofDays(5 * 366);
    private static final Set<CampaignStatus> HOLDING_PLACEMENTS = EnumSet.of(CampaignStatus.IN_REVIEW, CampaignStatus.APPROVED);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CampaignStore store;
    private final Clock clock;

    CampaignRules(CampaignStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The spec completed with the tenant's defaults, once every field rule and reference holds. */
    CampaignSpec validated(Tenant tenant, CampaignSpec spec) {
        CampaignSpec complete = spec.completedWith(tenant.timezone());
        Problems problems = new Problems();
        complete.validate(problems);
        List<Long> products = complete.featuredProductIds();
        List<Long> suppliers = complete.featuredSupplierIds();
        // Ids that broke their own rules (nulls, too many) are reported above and not worth a query.
        if (CampaignSpec.wellFormed(products)) {
            List<Long> strangers = missing(products, store.existingProducts(tenant.id(), products));
            problems.require(strangers.isEmpty(), "featuredProductIds", "not products of this portal: " + joined(strangers));
        }
        if (CampaignSpec.wellFormed(suppliers)) {
            List<Long> strangers = missing(suppliers, store.existingSuppliers(tenant.id(), suppliers));
            problems.require(strangers.isEmpty(), "featuredSupplierIds", "not suppliers of this portal: " + joined(strangers));
        }
        problems.throwIfAny();
        return complete;
    }

    /** Refuses {@code campaign} when one of its placements is taken at the same time by another campaign under review or approved. */
    void requireFreePlacements(Campaign campaign) {
        if (campaign.spec().placements().isEmpty()) {
            return;
        }
        Instant from = clock.instant();
        Instant to = from.plus(OVERLAP_HORIZON);
        List<Occurrence> mine = campaign.timing().between(from, to);
        for (Campaign other : store.withStatus(campaign.tenantId(), HOLDING_PLACEMENTS)) {
            if (other.id() == campaign.id() || !campaign.sharesPlacementWith(other)) {
                continue;
            }
            for (Occurrence theirs : other.timing().between(from, to)) {
                if (mine.stream().anyMatch(theirs::overlaps)) {
                    throw conflict(campaign, other, theirs);
                }
            }
        }
    }

    private static PlacementTakenException conflict(Campaign campaign, Campaign other, Occurrence theirs) {
        CampaignSpec theirSpec = other.spec();
        String places = campaign.spec().placements().stream().filter(theirSpec.placements()::contains)
                .map(p -> p.slot() + " on " + p.page()).collect(Collectors.joining(", "));
        Occurrence.Local when = theirs.inZone(other.zone());
        return new PlacementTakenException("placement " + places + " is taken by campaign " + theirSpec.slug() + " ("
                + theirSpec.name() + ", " + other.state().status().code() + ") from " + SHOWN.format(when.warmupStart())
                + " to " + SHOWN.format(when.end()) + " " + theirSpec.timezone(), other.id());
    }

    private static List<Long> missing(List<Long> wanted, List<Long> found) {
        return wanted.stream().filter(id -> !found.contains(id)).toList();
    }

    private static String joined(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
