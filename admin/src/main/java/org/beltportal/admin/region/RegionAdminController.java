package org.beltportal.admin.region;

import java.util.List;
import java.util.Map;

import org.beltportal.admin.security.PortalUser;
import org.beltportal.admin.security.RegionGrant;
import org.beltportal.core.region.BeltFigures;
import org.beltportal.core.region.Region;
import org.beltportal.core.region.RegionBelts;
import org.beltportal.core.region.RegionNode;
import org.beltportal.core.region.Regions;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.user.RegionAdmins;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The region tree over the API (decision 0040): the nodes the caller may see, one node's belts with key figures
 * and totals, and the node's regional admins. Whether the caller reaches a node is declared ({@link RegionGrant});
 * who may appoint admins is {@link RegionAdmins}'s decision.
 */
@RestController
@RequestMapping("/admin/api/v1/regions")
public class RegionAdminController {

    private final Regions regions;
    private final RegionBelts belts;
    private final RegionAdmins admins;

    public RegionAdminController(Regions regions, RegionBelts belts, RegionAdmins admins) {
        this.regions = regions;
        this.belts = belts;
        this.admins = admins;
    }

    /** Platform admins see the whole tree; a regional admin the subtrees of its nodes; anyone else nothing. */
    @GetMapping
    List<RegionNode> tree(@AuthenticationPrincipal PortalUser user) {
        if (user.isPlatformAdmin()) {
            return regions.tree(null);
        }
        return user.isRegionalAdmin() ? regions.tree(user.regionCodes()) : List.of();
    }

    @GetMapping("/{code}")
    RegionView region(@RegionGrant Region region) {
        return new RegionView(region, regions.lineage(region).stream().map(Region::code).toList(), admins.of(region),
                belts.totals(region));
    }

    /** The node's belts at any depth, by slug, {@code q} matching name, English name or slug; each with its figures. */
    @GetMapping("/{code}/belts")
    ResultPage<RegionBeltView> belts(@RegionGrant Region region, @RequestParam(required = false) String q,
                                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        ResultPage<Tenant> found = belts.page(region, q, new PageQuery(page, size));
        Map<TenantId, BeltFigures> figures = belts.figuresOf(found.items());
        return found.map(belt -> RegionBeltView.of(belt, figures.get(belt.id())));
    }

    /** Appoints a regional admin of the node: platform admins anywhere, regional admins only below their own node. */
    @PutMapping("/{code}/admins/{username}")
    Admins appoint(@AuthenticationPrincipal PortalUser user, @RegionGrant Region region, @PathVariable String username) {
        admins.appoint(user.username(), region.code(), username);
        return new Admins(admins.of(region));
    }

    @DeleteMapping("/{code}/admins/{username}")
    Admins remove(@AuthenticationPrincipal PortalUser user, @RegionGrant Region region, @PathVariable String username) {
        admins.remove(user.username(), region.code(), username);
        return new Admins(admins.of(region));
    }

    /** A node with its lineage (codes, province first), its own admins and the totals of the belts under it. */
    record RegionView(Region region, List<String> lineage, List<String> admins, BeltFigures totals) {
    }

    record Admins(List<String> admins) {
    }
}
