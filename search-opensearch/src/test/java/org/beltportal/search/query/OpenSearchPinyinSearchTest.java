package org.beltportal.search.query;

import org.beltportal.core.feed.FeedPoller;
import org.beltportal.search.index.FeedApplied;
import org.beltportal.search.opensearch.cluster.OpenSearchProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The pinyin contract on a real OpenSearch node: the same spellings find the same titles in the same order. */
@SpringBootTest(properties = "portal.search.backend=opensearch")
class OpenSearchPinyinSearchTest extends PinyinSearchContract {

    @Autowired
    FeedPoller feed;

    static {
        OpenSearchProcess.node().offerToSpring();
    }

    /** Changes reach the cluster through the change feed, drained by this node (decision 0043). */
    @Override
    void awaitSearchable() {
        FeedApplied.await(feed);
    }
}
