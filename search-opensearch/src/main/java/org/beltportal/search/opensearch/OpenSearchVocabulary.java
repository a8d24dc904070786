package org.beltportal.search.opensearch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.beltportal.core.tenant.TenantId;
import org.beltportal.search.query.Vocabulary;
import tools.jackson.databind.JsonNode;

/**
 * The cluster's words for a did-you-mean. Words by spelling are the {@code pinyin} keywords ("spelling word") of
 * the belt's own products, found by a terms aggregation whose include pattern names the spelling (or every
 * spelling one edit away), so a word only another belt knows is not even a candidate. English stems come from a
 * term suggester on {@code title_en}: the cluster's own fuzzy walk of the term dictionary, with the embedded
 * index's bounds (one edit, the first letter kept, a transposition counts as one).
 */
final class OpenSearchVocabulary implements Vocabulary {

    private final OpenSearchClient client;
    private final String alias;
    private final TenantId tenantId;

    OpenSearchVocabulary(OpenSearchClient client, String alias, TenantId tenantId) {
        this.client = client;
        this.alias = alias;
        this.tenantId = tenantId;
    }

    @Override
    public List<String> wordsSpelled(String spelling, int max) {
        return words(OpenSearchQueries.regexLiteral(spelling), max);
    }

    @Override
    public List<String> wordsSpelledNear(String letters, int max) {
        return words(oneEditFrom(letters), max);
    }

    @Override
    public List<String> englishStemsNear(String stem, int max) {
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("field", "title_en");
        // The text is a stem already: analysed again by the English chain it could lose another letter.
        term.put("analyzer", "keyword");
        term.put("suggest_mode", "always");
        term.put("max_edits", 1);
        term.put("prefix_length", 1);
        term.put("min_word_length", 3);
        term.put("size", max);
        Map<String, Object> body = Map.of("size", 0, "suggest", Map.of("near", Map.of("text", stem, "term", term)));
        JsonNode response = client.send("POST", "/" + alias + "/_search", body, routing());
        List<String> stems = new ArrayList<>();
        for (JsonNode entry : response.path("suggest").path("near")) {
            for (JsonNode option : entry.path("options")) {
                stems.add(option.path("text").asString());
            }
        }
        return stems.subList(0, Math.min(max, stems.size()));
    }

    /**
     * The belt's pinyin keywords "spelling word" whose spelling matches the pattern, in term order. The pattern is
     * also a {@code regexp} filter: the aggregation's include only picks buckets, so without the filter it read
     * every product of the belt, about half of the node's CPU under the search bench (issue 20); the filter's
     * walk of the term dictionary leaves only the products that carry a matching word.
     */
    private List<String> words(String spellingPattern, int max) {
        String keyword = "(" + spellingPattern + ") .+";
        Map<String, Object> terms = Map.of("field", "pinyin", "include", keyword, "size", max, "order", Map.of("_key", "asc"));
        Map<String, Object> body = Map.of("size", 0,
                "query", Map.of("bool", Map.of("filter", List.of(
                        Map.of("term", Map.of("tenant", Long.toString(tenantId.value()))),
                        Map.of("regexp", Map.of("pinyin", Map.of("value", keyword, "flags", "NONE")))))),
                "aggs", Map.of("words", Map.of("terms", terms)));
        JsonNode response = client.send("POST", "/" + alias + "/_search", body, routing());
        List<String> words = new ArrayList<>();
        for (JsonNode bucket : response.path("aggregations").path("words").path("buckets")) {
            String spelledWord = bucket.path("key").asString();
            words.add(spelledWord.substring(spelledWord.indexOf(' ') + 1));
        }
        return words;
    }

    /**
     * Every string one edit from the letters (a letter deleted, replaced, inserted, or two swapped) as one
     * alternation: what the embedded index's Levenshtein automaton accepts. At most 24 letters reach here, a
     * pattern of about 2,400 characters, within the index's {@code max_regex_length} ({@link ProductIndexSchema}).
     */
    static String oneEditFrom(String letters) {
        Set<String> near = new LinkedHashSet<>();
        near.add(OpenSearchQueries.regexLiteral(letters));
        for (int i = 0; i <= letters.length(); i++) {
            String before = OpenSearchQueries.regexLiteral(letters.substring(0, i));
            String from = OpenSearchQueries.regexLiteral(letters.substring(i));
            near.add(before + "." + from);
            if (i < letters.length()) {
                String after = OpenSearchQueries.regexLiteral(letters.substring(i + 1));
                near.add(before + after);
                near.add(before + "." + after);
            }
            if (i + 1 < letters.length()) {
                near.add(before + OpenSearchQueries.regexLiteral(letters.substring(i + 1, i + 2) + letters.charAt(i))
                        + OpenSearchQueries.regexLiteral(letters.substring(i + 2)));
            }
        }
        return String.join("|", near);
    }

    private Map<String, String> routing() {
        return Map.of("routing", Long.toString(tenantId.value()));
    }
}
