package org.beltportal.core.feed;

import java.util.OptionalLong;

/**
 * Where this node's tail stands, kept with what it feeds (the index keeps it in its commit data), so that a
 * restart resumes where the applied state really is: a row is applied, or it is after the position.
 */
public interface FeedPosition {

    /** Every row with an id up to this one has been applied (or was never committed); empty when unknown. */
    OptionalLong applied();

    /** Records the new position; it becomes durable with the next commit of what the rows were applied to. */
    void applied(long position);
}
