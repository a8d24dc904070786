package org.beltportal.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import com.ibm.icu.text.Transliterator;

import org.beltportal.bench.Plan.Category;
import org.beltportal.bench.Plan.TenantPlan;
import org.beltportal.bench.Vocabulary.Family;
import org.beltportal.bench.Vocabulary.Leaf;
import org.beltportal.bench.Vocabulary.Word;

/**
 * A deterministic stream of buyer searches against {@code GET /t/{slug}/api/v1/search}. Most traffic goes
 * to the big belts (70% of requests pick a tenant in proportion to its catalogue, 30% uniformly), and
 * queries come from the belt's own vocabulary: 1 to 4 Chinese words, Traditional script, full-width
 * Latin, single characters, English, pinyin as phone keyboards type it (full, initials, mixed with characters,
 * and slips the corrector must mend), category browsing, each filter of the contract, price sort, a few
 * queries from another belt's goods, and "next page" clicks that follow the returned {@code nextCursor}.
 */
final class QueryMix {

    /** A search to send; {@code followPage} asks the driver to fetch page 2 with the returned cursor. */
    record SearchRequest(String kind, String slug, String query, boolean followPage) {

        String path() {
            return "/t/" + slug + "/api/v1/search?" + query;
        }
    }

    /** Kinds and their weights in the mix (per mille). */
    static final Map<String, Integer> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put("zh-1word", 110);
        WEIGHTS.put("zh-2words", 120);
        WEIGHTS.put("zh-3to4words", 90);
        WEIGHTS.put("traditional", 60);
        WEIGHTS.put("full-width", 30);
        WEIGHTS.put("one-char", 40);
        WEIGHTS.put("english", 70);
        WEIGHTS.put("pinyin", 60);
        WEIGHTS.put("pinyin-initials", 30);
        WEIGHTS.put("pinyin-mixed", 20);
        WEIGHTS.put("slip", 30);
        WEIGHTS.put("browse-category", 50);
        WEIGHTS.put("zh+category", 50);
        WEIGHTS.put("zh+rating", 40);
        WEIGHTS.put("zh+verified", 40);
        WEIGHTS.put("zh+priceMax", 30);
        WEIGHTS.put("zh+moqMax", 30);
        WEIGHTS.put("zh+sort-price", 30);
        WEIGHTS.put("zh+3filters", 20);
        WEIGHTS.put("cross-belt", 20);
    }

    /** Share of first-page requests of these kinds that are followed by a page-2 request. */
    static final double FOLLOW_PAGE = 0.12;

    private final Plan plan;
    private final SplittableRandom random;
    private final long totalProducts;

    QueryMix(Plan plan, long seed) {
        this.plan = plan;
        this.random = new SplittableRandom(seed);
        this.totalProducts = plan.tenants.stream().mapToLong(TenantPlan::products).sum();
    }

    List<SearchRequest> next(int count) {
        List<SearchRequest> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    SearchRequest next() {
        TenantPlan tenant = pickTenant();
        Family f = tenant.family();
        String kind = pickKind();
        Map<String, String> p = new LinkedHashMap<>();
        boolean follow = false;
        switch (kind) {
            case "zh-1word" -> {
                p.put("q", noun(f).zh());
                follow = random.nextDouble() < FOLLOW_PAGE;
            }
            case "zh-2words" -> {
                p.put("q", twoWords(f));
                follow = random.nextDouble() < FOLLOW_PAGE;
            }
            case "zh-3to4words" -> {
                List<Word> words = new ArrayList<>();
                if (random.nextBoolean()) {
                    words.add(pick(Vocabulary.SEASONS));
                }
                words.add(pick(f.materials()));
                if (random.nextBoolean()) {
                    words.add(pick(f.audiences()));
                }
                words.add(noun(f));
                if (words.size() < 4 && random.nextBoolean()) {
                    words.add(pick(f.features()));
                }
                if (words.size() < 3) {
                    words.addFirst(pick(Vocabulary.STYLES));
                }
                p.put("q", join(words, random.nextBoolean() ? " " : ""));
            }
            case "traditional" -> {
                String simplified = random.nextBoolean() ? noun(f).zh() : twoWords(f);
                for (int tries = 0; tries < 5 && !Scripts.hasTraditionalForm(simplified); tries++) {
                    simplified = noun(f).zh();
                }
                p.put("q", Scripts.traditional(simplified));
            }
            case "full-width" -> {
                List<Word> ascii = new ArrayList<>();
                for (List<Word> group : List.of(f.materials(), allNouns(f), f.features())) {
                    group.stream().filter(w -> Scripts.hasAscii(w.zh())).forEach(ascii::add);
                }
                String text = ascii.isEmpty() ? "2026新款" + noun(f).zh()
                        : pick(ascii).zh() + (random.nextBoolean() ? noun(f).zh() : "");
                p.put("q", Scripts.fullWidth(text));
            }
            case "one-char" -> {
                String noun = noun(f).zh();
                int[] han = noun.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).toArray();
                p.put("q", han.length == 0 ? noun : new String(han, han.length - 1, 1));
            }
            case "english" -> {
                Word noun = noun(f);
                String q = random.nextDouble() < 0.5 ? noun.en() : pick(f.materials()).en() + " " + noun.en();
                if (random.nextDouble() < 0.3 && !q.endsWith("s")) {
                    q = q + "s";
                }
                p.put("q", random.nextDouble() < 0.15 ? q.toUpperCase() : q);
            }
            case "pinyin" -> {
                String[] syllables = syllables(noun(f).zh());
                p.put("q", String.join(random.nextDouble() < 0.3 ? " " : "", syllables));
            }
            case "pinyin-initials" -> p.put("q", initials(syllables(noun(f).zh())));
            case "pinyin-mixed" -> {
                String noun = noun(f).zh();
                p.put("q", syllables(noun.substring(0, 1))[0] + noun.substring(1));
            }
            case "slip" -> p.put("q", slip(noun(f).zh()));
            case "browse-category" -> {
                p.put("category", pick(tenant.categories()).path());
                if (random.nextDouble() < 0.3) {
                    p.put("sort", "newest");
                }
                follow = random.nextDouble() < FOLLOW_PAGE;
            }
            case "zh+category" -> {
                Category leaf = pick(tenant.leaves());
                p.put("q", pick(leaf.vocabulary().nouns()).zh());
                // the leaf's parent path: a filter one level above the words
                p.put("category", leaf.path().substring(0, leaf.path().lastIndexOf('/')));
            }
            case "zh+rating" -> {
                p.put("q", noun(f).zh());
                p.put("rating", random.nextBoolean() ? "4A" : "3A");
            }
            case "zh+verified" -> {
                p.put("q", noun(f).zh());
                p.put("verified", "true");
            }
            case "zh+priceMax" -> {
                p.put("q", twoWords(f));
                p.put("priceMax", price(f, 0.35));
            }
            case "zh+moqMax" -> {
                p.put("q", noun(f).zh());
                p.put("moqMax", Integer.toString(f.moqs()[f.moqs().length / 2]));
            }
            case "zh+sort-price" -> {
                p.put("q", noun(f).zh());
                p.put("sort", "price_asc");
                follow = random.nextDouble() < FOLLOW_PAGE;
            }
            case "zh+3filters" -> {
                p.put("q", noun(f).zh());
                p.put("verified", "true");
                p.put("rating", "3A");
                p.put("priceMax", price(f, 0.5));
            }
            case "cross-belt" -> {
                Family other = Vocabulary.FAMILIES.get(random.nextInt(Vocabulary.FAMILIES.size()));
                p.put("q", noun(other).zh());
            }
            default -> throw new IllegalStateException(kind);
        }
        return new SearchRequest(kind, tenant.slug(), encode(p), follow);
    }

    /** Tone-less pinyin syllables of a word, as a phone's pinyin keyboard takes them ("袜子" → wa, zi). */
    private static String[] syllables(String word) {
        return PINYIN.transliterate(word).toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
    }

    private static String initials(String[] syllables) {
        StringBuilder out = new StringBuilder();
        for (String syllable : syllables) {
            if (!syllable.isEmpty()) {
                out.append(syllable.charAt(0));
            }
        }
        return out.toString();
    }

    /**
     * A word the belt's vocabulary does not hold, one slip from one it does, so the corrector and the rescues run:
     * a same-sound character where the table knows one ("连衣群"), otherwise the word's pinyin with one letter lost.
     */
    private String slip(String word) {
        for (int i = 0; i < word.length(); i++) {
            String homophone = HOMOPHONES.get(word.charAt(i));
            if (homophone != null) {
                return word.substring(0, i) + homophone + word.substring(i + 1);
            }
        }
        String pinyin = String.join("", syllables(word));
        int cut = pinyin.length() / 2;
        return pinyin.length() < 4 ? pinyin + pinyin.charAt(pinyin.length() - 1) : pinyin.substring(0, cut) + pinyin.substring(cut + 1);
    }

    /** Same-sound characters phone users pick by mistake for common goods characters. */
    private static final Map<Character, String> HOMOPHONES = Map.ofEntries(
            Map.entry('裙', "群"), Map.entry('袜', "娃"), Map.entry('包', "保"), Map.entry('鞋', "协"),
            Map.entry('衣', "依"), Map.entry('裤', "酷"), Map.entry('帽', "冒"), Map.entry('巾', "今"),
            Map.entry('杯', "悲"), Map.entry('灯', "登"), Map.entry('箱', "香"), Map.entry('套', "涛"));

    private static final Transliterator PINYIN =
            Transliterator.getInstance("Han-Latin; Latin-ASCII");

    private TenantPlan pickTenant() {
        if (random.nextDouble() < 0.3) {
            return plan.tenants.get(random.nextInt(plan.tenants.size()));
        }
        long target = (long) (random.nextDouble() * totalProducts);
        for (TenantPlan t : plan.tenants) {
            target -= t.products();
            if (target < 0) {
                return t;
            }
        }
        return plan.tenants.getLast();
    }

    private String pickKind() {
        int total = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        int r = random.nextInt(total);
        for (Map.Entry<String, Integer> e : WEIGHTS.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException();
    }

    /** Popular goods are searched most: leaves and nouns early in the list are more likely. */
    private Word noun(Family f) {
        List<Leaf> leaves = f.leaves();
        Leaf leaf = leaves.get(Math.min(leaves.size() - 1, (int) (leaves.size() * Math.pow(random.nextDouble(), 1.6))));
        return pick(leaf.nouns());
    }

    private String twoWords(Family f) {
        double r = random.nextDouble();
        Word first = r < 0.5 ? pick(f.materials()) : r < 0.8 ? pick(f.audiences()) : pick(f.features());
        Word noun = noun(f);
        return random.nextBoolean() ? first.zh() + noun.zh() : first.zh() + " " + noun.zh();
    }

    private static List<Word> allNouns(Family f) {
        return f.leaves().stream().flatMap(l -> l.nouns().stream()).toList();
    }

    private String price(Family f, double quantile) {
        double p = f.priceLo() * Math.pow(f.priceHi() / f.priceLo(), quantile);
        return p < 10 ? String.format(Locale.ROOT, "%.1f", p) : Long.toString(Math.round(p));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String join(List<Word> words, String separator) {
        return String.join(separator, words.stream().map(Word::zh).toList());
    }

    static String encode(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((k, v) -> {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return out.toString();
    }
}
