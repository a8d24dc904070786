package org.beltportal.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.beltportal.core.feed.FeedPoller;
import org.beltportal.search.index.FeedApplied;
import org.beltportal.search.index.ProductIndex;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The pinyin and rescue contract on the embedded index, and how much work its correction of a long text may do.
 */
@SpringBootTest
class PinyinAndRescueTest extends PinyinSearchContract {

    @Autowired
    FeedPoller feed;
    @Autowired
    ProductIndex index;

    @Override
    void awaitSearchable() {
        FeedApplied.await(feed);
    }

    @Test
    void aFiveHundredLetterPinyinQueryIsBoundedWork() {
        String letters = "lianyiqunwazi".repeat(39).substring(0, 500);
        AtomicInteger searched = new AtomicInteger();

        QueryCorrector.Correction correction = index.search(searcher -> {
            try {
                return QueryCorrector.correct(new IndexVocabulary(searcher.getIndexReader()), letters, text -> {
                    searched.incrementAndGet();
                    return false;
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertThat(correction.text()).isNull();
        assertThat(correction.lookups()).isLessThanOrEqualTo(QueryCorrector.MAX_LOOKUPS);
        assertThat(correction.tried()).isLessThanOrEqualTo(QueryCorrector.MAX_TRIED).isEqualTo(searched.get());
    }
}
