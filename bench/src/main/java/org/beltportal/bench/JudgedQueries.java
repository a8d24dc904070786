package org.beltportal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.Transliterator;
import tools.jackson.databind.JsonNode;

/**
 * The labelled query set of the search-quality benchmark: each line of {@code search-quality/judged-words.tsv}
 * names a goods word a buyer means on a demo belt, and becomes one query per way of typing it. The relevant
 * products of a query are judged from the demo catalogue itself (the belt's active products whose title holds
 * the word), never from what the search answers.
 */
final class JudgedQueries {

    /** One query: how it was typed ({@code kind}), on which belt, the text, and the SKUs a buyer wants. */
    record Query(String kind, String belt, String text, Set<String> relevant) {
    }

    static final List<String> KINDS = List.of("chinese", "pinyin", "pinyin-spaced", "initials", "mixed", "ime-slip",
            "traditional", "english", "english-typo", "multi-word");

    private static final String WORDS = "/search-quality/judged-words.tsv";
    private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");
    private static final Transliterator TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

    private JudgedQueries() {
    }

    static List<Query> load() throws IOException {
        Map<String, Map<String, String>> titles = new HashMap<>();
        List<Query> queries = new ArrayList<>();
        for (String[] line : lines()) {
            String belt = line[0];
            String word = line[1];
            Map<String, String> catalogue = titles.computeIfAbsent(belt, JudgedQueries::activeTitles);
            Set<String> relevant = containing(catalogue, word, null);
            if (relevant.isEmpty()) {
                throw new IllegalStateException(word + " is in no title of " + belt + ": fix " + WORDS);
            }
            String[] syllables = PINYIN.transliterate(word).toLowerCase(Locale.ROOT).split(" ");
            queries.add(new Query("chinese", belt, word, relevant));
            queries.add(new Query("pinyin", belt, String.join("", syllables), relevant));
            queries.add(new Query("pinyin-spaced", belt, String.join(" ", syllables), relevant));
            queries.add(new Query("initials", belt, initials(syllables), relevant));
            queries.add(new Query("mixed", belt, syllables[0] + word.substring(1), relevant));
            queries.add(new Query("ime-slip", belt, line[3], relevant));
            queries.add(new Query("traditional", belt, TRADITIONAL.transliterate(word), relevant));
            queries.add(new Query("english", belt, line[2], relevant));
            queries.add(new Query("english-typo", belt, typo(line[2]), relevant));
            if (!"-".equals(line[4])) {
                Set<String> both = containing(catalogue, word, line[4]);
                if (!both.isEmpty()) {
                    queries.add(new Query("multi-word", belt, line[4] + " " + word, both));
                }
            }
        }
        return queries;
    }

    private static List<String[]> lines() throws IOException {
        List<String[]> lines = new ArrayList<>();
        try (InputStream in = JudgedQueries.class.getResourceAsStream(WORDS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.split("\t"));
                }
            }
        }
        return lines;
    }

    /** SKU to title of a demo belt's active products, read from portal-core's demo data on the classpath. */
    private static Map<String, String> activeTitles(String belt) {
        String resource = "/demo/belts/" + belt + ".json";
        try (InputStream in = JudgedQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            Map<String, String> titles = new HashMap<>();
            for (JsonNode product : Api.JSON.readTree(in).get("products")) {
                JsonNode status = product.get("status");
                if (status == null || status.isNull() || "active".equalsIgnoreCase(status.asString())) {
                    titles.put(product.get("sku").asString(), product.get("title").asString());
                }
            }
            return titles;
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    private static Set<String> containing(Map<String, String> titles, String word, String attribute) {
        Set<String> skus = new LinkedHashSet<>();
        titles.forEach((sku, title) -> {
            if (title.contains(word) && (attribute == null || title.contains(attribute))) {
                skus.add(sku);
            }
        });
        return skus;
    }

    private static String initials(String[] syllables) {
        StringBuilder initials = new StringBuilder();
        for (String syllable : syllables) {
            initials.append(syllable.charAt(0));
        }
        return initials.toString();
    }

    /**
     * The buyer's slip on a phone keyboard, one edit: the middle letter of the longest word dropped ("backpack" →
     * "backack"), or for a word of three letters or fewer its last letter doubled ("set" → "sett").
     */
    static String typo(String english) {
        String[] words = english.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            if (words[i].length() > words[longest].length()) {
                longest = i;
            }
        }
        String word = words[longest];
        int middle = word.length() / 2;
        words[longest] = word.length() <= 3 ? word + word.charAt(word.length() - 1)
                : word.substring(0, middle) + word.substring(middle + 1);
        return String.join(" ", words);
    }
}
