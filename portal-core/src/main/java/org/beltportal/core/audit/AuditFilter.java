package org.beltportal.core.audit;

import java.time.Instant;

import org.beltportal.core.system.LikePatterns;

/**
 * Which audit entries someone wants to see; every part is optional (null: any). {@code actor} is the exact
 * username; {@code kind} is the start of the action ({@code inquiry} finds {@code inquiry.status} and
 * {@code inquiry.note}); {@code from} is inclusive, {@code until} exclusive.
 */
public record AuditFilter(String actor, String kind, Instant from, Instant until) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null);
    public static final int MAX_TEXT = 100;

    public AuditFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        kind = kind == null || kind.isBlank() ? null : kind.strip();
    }

    /** The kind as a LIKE pattern of actions starting with it ('!' escapes). */
    public String kindPattern() {
        return kind == null ? null : LikePatterns.escaped(kind) + "%";
    }
}
