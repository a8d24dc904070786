package org.beltportal.core.insight;

import java.util.Locale;

/** What an hourly rollup row counts; the dimension of each is said here (docs/insight.md has the definitions). */
public enum Metric {
    /** Page views; dimension: the {@link PageType} code. */
    PAGE_VIEW,
    /** Visitors first seen that day in that belt; dimension: none. */
    VISITOR,
    /** Searches with a query text; dimension: the visitor's language. */
    SEARCH,
    /** The products those searches found, added up (for the mean); dimension: the visitor's language. */
    SEARCH_RESULTS,
    /** Searches whose text as typed found nothing; dimension: the visitor's language. */
    ZERO_RESULT,
    /** Product views that came from a result link; dimension: the result's position from 1. */
    RESULT_CLICK,
    /** Stored (not spam) inquiries; dimension: the {@link VisitSource} code. */
    INQUIRY,
    /** Requests from known bots, counted instead of everything above; dimension: none. */
    BOT_REQUEST,
    /** Searches whose text was not kept because the belt had too many distinct texts in one flush interval. */
    QUERY_OVERFLOW,
    /** Page views of visitors the node could no longer remember that day (past max-visitors-per-day). */
    VISITOR_OVERFLOW,
    /** Product or supplier page views not kept per item: the belt had too many distinct pages in one flush. */
    ITEM_OVERFLOW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
