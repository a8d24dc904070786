package org.beltportal.core.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.beltportal.core.region.internal.RegionMapper;
import org.beltportal.core.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The region tree: nodes by code, the part of the tree a caller may see, and whether one node lies under another.
 * The tree is a few thousand rows at most (every county of China), read from the database on each call so a
 * change shows at once on every node.
 */
@Service
public class Regions {

    private final RegionMapper mapper;

    Regions(RegionMapper mapper) {
        this.mapper = mapper;
    }

    public Optional<Region> find(String code) {
        return code == null || code.length() > 12 ? Optional.empty() : mapper.findByCode(code);
    }

    /** The node, or 404 for an unknown code. */
    public Region require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("no region " + code));
    }

    public List<Region> all() {
        return mapper.findAll();
    }

    /** The node and its ancestors, province first: a page's breadcrumb. */
    public List<Region> lineage(Region region) {
        Map<String, Region> byCode = all().stream().collect(Collectors.toMap(Region::code, r -> r));
        List<Region> lineage = new ArrayList<>();
        for (Region at = region; at != null; at = at.parentCode() == null ? null : byCode.get(at.parentCode())) {
            lineage.addFirst(at);
        }
        return lineage;
    }

    /**
     * The subtrees rooted at {@code roots} (every province when null: a platform admin's view), each node with the
     * number of belts at or under it. A root under another root is shown once, inside the other.
     */
    public List<RegionNode> tree(Collection<String> roots) {
        List<Region> all = all();
        Map<String, Long> direct = mapper.countBeltsByCode().stream()
                .collect(Collectors.toMap(RegionMapper.CodeCount::code, RegionMapper.CodeCount::count));
        List<Region> tops = roots == null ? all.stream().filter(r -> r.parentCode() == null).toList()
                : all.stream().filter(r -> roots.contains(r.code()))
                        .filter(r -> all.stream().noneMatch(o -> roots.contains(o.code()) && r.isBelow(o))).toList();
        return tops.stream().map(top -> node(top, all, direct)).toList();
    }

    private static RegionNode node(Region region, List<Region> all, Map<String, Long> direct) {
        List<RegionNode> children = all.stream().filter(r -> region.code().equals(r.parentCode()))
                .map(child -> node(child, all, direct)).toList();
        long belts = direct.getOrDefault(region.code(), 0L) + children.stream().mapToLong(RegionNode::belts).sum();
        return new RegionNode(region.code(), region.level(), region.name(), region.nameEn(), belts, children);
    }
}
