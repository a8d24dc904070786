package org.beltportal.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.beltportal.core.feed.FeedPoller;
import org.beltportal.search.index.FeedApplied;
import org.beltportal.search.opensearch.OpenSearchProductSearch;
import org.beltportal.search.opensearch.cluster.OpenSearchProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The search contract on a real OpenSearch node (a child process on the Maven artifacts, the BeltPortal
 * analysis plugin loaded), chosen by {@code portal.search.backend=opensearch}: the same tests, the same results.
 */
@SpringBootTest(properties = "portal.search.backend=opensearch")
class OpenSearchProductSearchTest extends ProductSearchContract {

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

    @Test
    void theOpenSearchAdapterAnswers() {
        assertThat(search).isInstanceOf(OpenSearchProductSearch.class);
    }
}
