package org.beltportal.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.beltportal.search.analysis.RecallAnalyzer;
import org.beltportal.search.index.ProductFields;
import org.junit.jupiter.api.Test;

class TitleHighlighterTest {

    private static TitleHighlighter forQuery(String text) {
        Query query = new QueryBuilder(RecallAnalyzer.forQueries()).createBooleanQuery(ProductFields.TITLE, text, Occur.SHOULD);
        return TitleHighlighter.of(query, RecallAnalyzer.forIndexing());
    }

    @Test
    void overlappingBigramsBecomeOneSpan() {
        assertThat(forQuery("连衣裙").highlight("碎花连衣裙 小女孩")).isEqualTo("碎花<em>连衣裙</em> 小女孩");
    }

    @Test
    void traditionalAndFullWidthTitlesAreMatchedByTheirFoldedForms() {
        assertThat(forQuery("袜子").highlight("兒童棉襪子")).isEqualTo("兒童棉<em>襪子</em>");
        assertThat(forQuery("pvc").highlight("ＰＶＣ手套")).isEqualTo("<em>ＰＶＣ</em>手套");
    }

    @Test
    void titleIsEscapedAroundAndInsideMatches() {
        assertThat(forQuery("羽绒服").highlight("男童羽绒服 <b>加厚</b> & \"暖\""))
                .isEqualTo("男童<em>羽绒服</em> &lt;b&gt;加厚&lt;/b&gt; &amp; &quot;暖&quot;");
    }

    @Test
    void titleWithoutAMatchHasNoHighlight() {
        assertThat(forQuery("手套").highlight("碎花连衣裙")).isNull();
        assertThat(TitleHighlighter.of(new MatchAllDocsQuery(), RecallAnalyzer.forIndexing())
                .highlight("碎花连衣裙")).isNull();
    }
}
