package org.beltportal.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.beltportal.search.index.ProductFields;

/**
 * Marks the query's title terms in a result title: the title is analysed with the index chain (so 襪子
 * and ＰＶＣ are found by their folded forms), matching tokens become {@code <em>} spans (overlapping
 * bigrams merge, so 连衣裙 is one span) and everything else is HTML-escaped. Titles are short, so the
 * whole title is the passage. Lucene's UnifiedHighlighter did the same but cost a third of a search's
 * time: per request it built itself, re-read the stored title and set up passage scoring per hit.
 */
public final class TitleHighlighter {

    private final Analyzer analyzer;
    private final Set<String> terms;

    private TitleHighlighter(Analyzer analyzer, Set<String> terms) {
        this.analyzer = analyzer;
        this.terms = terms;
    }

    /** For the title terms of {@code query}; {@code analyzer} is the title field's index-time chain. */
    static TitleHighlighter of(Query query, Analyzer analyzer) {
        Set<Term> found = new HashSet<>();
        query.visit(QueryVisitor.termCollector(found));
        Set<String> terms = new HashSet<>();
        for (Term term : found) {
            if (term.field().equals(ProductFields.TITLE)) {
                terms.add(term.text());
            }
        }
        return new TitleHighlighter(analyzer, terms);
    }

    /**
     * For title terms found otherwise (the OpenSearch backend analyses the query text with the same chain);
     * {@code analyzer} is the title field's index-time chain.
     */
    public static TitleHighlighter ofTerms(Set<String> titleTerms, Analyzer analyzer) {
        return new TitleHighlighter(analyzer, Set.copyOf(titleTerms));
    }

    /** The escaped title with its matches in {@code <em>}, or null when no query term occurs in it. */
    public String highlight(String title) {
        if (terms.isEmpty() || title == null) {
            return null;
        }
        List<int[]> spans = matches(title);
        if (spans.isEmpty()) {
            return null;
        }
        StringBuilder html = new StringBuilder(title.length() + 16 * spans.size());
        int at = 0;
        for (int[] span : spans) {
            escape(title, at, span[0], html);
            html.append("<em>");
            escape(title, span[0], span[1], html);
            html.append("</em>");
            at = span[1];
        }
        escape(title, at, title.length(), html);
        return html.toString();
    }

    /** Offsets of matching tokens, in order, overlapping ones merged. */
    private List<int[]> matches(String title) {
        List<int[]> found = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(ProductFields.TITLE, title)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = Math.max(0, offset.startOffset());
                int end = Math.min(title.length(), offset.endOffset());
                if (start < end && terms.contains(term.toString())) {
                    found.add(new int[] {start, end});
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparingInt(span -> span[0]));
        List<int[]> merged = new ArrayList<>(found.size());
        for (int[] span : found) {
            int[] last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && span[0] < last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
