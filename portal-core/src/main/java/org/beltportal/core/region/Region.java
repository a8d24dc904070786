package org.beltportal.core.region;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A node of the region tree: a province, city or county, keyed by its administrative division code (GB/T 2260,
 * such as 330782 for 义乌市). {@code path} lists the codes from the province down, so a node lies under another
 * exactly when its path starts with the other's.
 */
public record Region(String code, String parentCode, String level, String name, String nameEn, @JsonIgnore String path) {

    /** Whether this node is {@code ancestor} itself or lies beneath it, at any depth. */
    public boolean isWithin(Region ancestor) {
        return path.startsWith(ancestor.path());
    }

    /** Whether this node lies strictly beneath {@code ancestor}. */
    public boolean isBelow(Region ancestor) {
        return isWithin(ancestor) && !code.equals(ancestor.code());
    }
}
