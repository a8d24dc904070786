package org.beltportal.search.index;

/**
 * One write to the product index, by the generation it went to and the sequence number Lucene gave it:
 * what {@link ProductIndex#awaitSearchable} waits for, so a caller that must see its own write (an import
 * batch, a test) waits for exactly that instead of polling.
 */
public final class IndexWrite {

    final IndexGeneration generation;
    final long sequence;

    IndexWrite(IndexGeneration generation, long sequence) {
        this.generation = generation;
        this.sequence = sequence;
    }
}
