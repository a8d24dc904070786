package org.beltportal.search.opensearch;

import java.util.LinkedHashMap;
import java.util.Map;


/**
 * Settings and mappings of a new product index. Text fields name the plugin's analysers, so a cluster without
 * the BeltPortal analysis plugin refuses to create the index rather than cut Chinese differently. Like the
 * embedded index, text is indexed without positions (decision 0011) and the result item rides in the source
 * unindexed (decision 0008). The mapping is strict: a field this code does not know is an error, not a guess.
 */
final class ProductIndexSchema {

    /** Raised with the embedded index's schema version's meaning: an alias whose index is older is rebuilt. */
    static final String VERSION = "2";
    /** Room for the did-you-mean's one-edit pattern of a 24-letter spelling (OpenSearchVocabulary); default 1,000. */
    static final int MAX_REGEX_LENGTH = 4096;

    private ProductIndexSchema() {
    }

    static Map<String, Object> body(int shards, int replicas) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("key", keyword());
        properties.put("tenant", keyword());
        properties.put("id", Map.of("type", "long"));
        properties.put("title", text(AnalyzerNames.RECALL_INDEX, AnalyzerNames.RECALL));
        properties.put("title_words", text(AnalyzerNames.WORDS, AnalyzerNames.WORDS));
        properties.put("title_en", text("english", "english"));
        properties.put("all", text(AnalyzerNames.RECALL, AnalyzerNames.RECALL));
        properties.put("pinyin", keyword());
        properties.put("initials", keyword());
        properties.put("pinyin_pairs", keyword());
        properties.put("category", keyword());
        properties.put("rating", Map.of("type", "integer"));
        properties.put("rating_code", keyword());
        properties.put("verified", keyword());
        properties.put("capability", keyword());
        properties.put("price", Map.of("type", "long"));
        properties.put("price_band", keyword());
        properties.put("moq", Map.of("type", "integer"));
        properties.put("created", Map.of("type", "long"));
        properties.put("updated", Map.of("type", "long"));
        properties.put("boost", Map.of("type", "float"));
        properties.put("item", Map.of("type", "object", "enabled", false));
        return Map.of(
                "settings", Map.of("index", Map.of("number_of_shards", shards, "number_of_replicas", replicas,
                        "refresh_interval", "1s", "max_regex_length", MAX_REGEX_LENGTH)),
                "mappings", Map.of("dynamic", "strict", "_meta", Map.of("schema", VERSION), "properties", properties));
    }

    private static Map<String, Object> keyword() {
        return Map.of("type", "keyword");
    }

    private static Map<String, Object> text(String analyzer, String searchAnalyzer) {
        return Map.of("type", "text", "analyzer", analyzer, "search_analyzer", searchAnalyzer, "index_options", "docs");
    }
}
