package org.beltportal.core.product;

import java.util.List;
import java.util.OptionalLong;

/**
 * One step of a pass over the whole catalogue: its entries, how many active products it read (a product
 * whose supplier belongs to another tenant is read but not an entry), and the id the next step reads
 * after (empty when the pass is done). The next step is not derived from the entries: a step may drop
 * every row it read and still not be the last.
 */
public record CataloguePage(List<CatalogueEntry> entries, int read, OptionalLong nextAfterId) {
}
