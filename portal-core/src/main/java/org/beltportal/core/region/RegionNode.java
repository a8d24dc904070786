package org.beltportal.core.region;

import java.util.List;

/** A region with the nodes beneath it, as the tree is shown; {@code belts} counts the belts at any depth. */
public record RegionNode(String code, String level, String name, String nameEn, long belts, List<RegionNode> children) {

    public RegionNode {
        children = List.copyOf(children);
    }
}
