package org.beltportal.search.query;

import org.beltportal.core.feed.FeedPoller;
import org.beltportal.search.index.FeedApplied;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The search and suggestion contract on the embedded Lucene index. */
@SpringBootTest
class ProductSearchTest extends ProductSearchContract {

    @Autowired
    FeedPoller feed;

    /** Changes reach the index through the change feed (decision 0043). */
    @Override
    void awaitSearchable() {
        FeedApplied.await(feed);
    }
}
