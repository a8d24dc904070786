package org.beltportal.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.beltportal.core.feed.FeedPoller;
import org.beltportal.search.index.FeedApplied;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The search contract on the embedded Lucene index, and what only the embedded backend has: suggestions. */
@SpringBootTest
class ProductSearchTest extends ProductSearchContract {

    @Autowired
    FeedPoller feed;
    @Autowired
    ProductSuggest suggest;

    /** Changes reach the index through the change feed (decision 0043). */
    @Override
    void awaitSearchable() {
        FeedApplied.await(feed);
    }

    @Test
    void pinyinSuggestsTitlesOfThisTenant() {
        assertThat(suggest.suggest(zhili.id(), "wazi", 5)).extracting(Suggestion::productId).containsExactly(ids.get("socks"));
        assertThat(suggest.suggest(zhili.id(), "wz", 5)).extracting(Suggestion::productId).containsExactly(ids.get("socks"));
        assertThat(suggest.suggest(zhili.id(), "lianyi", 5)).extracting(Suggestion::productId)
                .containsExactlyInAnyOrder(ids.get("dress"), ids.get("dress2"));
        assertThat(suggest.suggest(zhili.id(), "連衣", 5)).extracting(Suggestion::text)
                .containsExactlyInAnyOrder("女童纯棉连衣裙 夏季新款", "碎花连衣裙 小女孩");
        assertThat(suggest.suggest(zhili.id(), "", 5)).isEmpty();
        assertThat(suggest.suggest(zhili.id(), "((*", 5)).isEmpty();
    }
}
