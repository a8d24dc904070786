package org.beltportal.search.query;

import org.beltportal.search.opensearch.OpenSearchProductIndex;
import org.beltportal.search.opensearch.cluster.OpenSearchProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The pinyin contract on a real OpenSearch node: the same spellings find the same titles in the same order. */
@SpringBootTest(properties = "portal.search.backend=opensearch")
class OpenSearchPinyinSearchTest extends PinyinSearchContract {

    @Autowired
    OpenSearchProductIndex index;

    static {
        OpenSearchProcess.node().offerToSpring();
    }

    @Override
    void awaitSearchable() {
        index.refresh();
    }
}
