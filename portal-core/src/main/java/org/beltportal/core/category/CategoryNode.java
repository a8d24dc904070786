package org.beltportal.core.category;

import java.util.List;

/** A category with its children, as the admin API and portal navigation show the tree; {@code nameEn} is optional. */
public record CategoryNode(long id, String name, String path, List<CategoryNode> children, String nameEn) {

    /** A node without an English name. */
    public CategoryNode(long id, String name, String path, List<CategoryNode> children) {
        this(id, name, path, children, null);
    }
}
