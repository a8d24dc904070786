package org.beltportal.search.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beltportal.core.testing.Eventually.eventually;

import java.time.Duration;

import org.beltportal.core.feed.FeedPoller;
import org.beltportal.search.index.FeedApplied;
import org.beltportal.search.opensearch.OpenSearchProductIndex;
import org.beltportal.search.opensearch.OpenSearchProductSearch;
import org.beltportal.search.opensearch.cluster.OnOpenSearchNode;
import org.beltportal.search.opensearch.cluster.OpenSearchProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search contract on a real OpenSearch node (a child process on the Maven artifacts, the BeltPortal
 * analysis plugin loaded), chosen by {@code portal.search.backend=opensearch}: the same tests, the same results.
 */
@OnOpenSearchNode
class OpenSearchProductSearchTest extends ProductSearchContract {

    @Autowired
    FeedPoller feed;
    @Autowired
    OpenSearchProductIndex index;

    /**
     * Changes reach the cluster through the change feed, drained by this node (decision 0049). The start's fill of
     * an empty cluster is waited out first: on a busy build machine it holds the node's writes up for tens of
     * seconds, longer than a wait for the feed allows.
     */
    @Override
    void awaitSearchable() {
        eventually("no rebuild running", Duration.ofSeconds(180), index::rebuilding, running -> !running);
        FeedApplied.await(feed, OpenSearchProcess.FEED_WAIT);
    }

    @Test
    void theOpenSearchAdapterAnswers() {
        assertThat(search).isInstanceOf(OpenSearchProductSearch.class);
    }
}
