package org.beltportal.core.category;

import java.util.List;

/** A category with its children, as the admin API and portal navigation show the tree. */
public record CategoryNode(long id, String name, String path, List<CategoryNode> children) {
}
