package org.beltportal.core.media;

import org.beltportal.core.system.Problems;

/** What may change of an image once uploaded: what it is for and its text alternative. */
public record MediaChange(MediaKind kind, String alt) {

    public static final int MAX_ALT = 300;

    void validate(Problems problems) {
        problems.require(kind != null, "kind", "is required: logo, hero, product, banner or other");
        problems.text(alt, "alt", MAX_ALT, false);
    }
}
