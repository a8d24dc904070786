package org.beltportal.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.beltportal.bench.Plan.Category;
import org.beltportal.bench.Plan.TenantPlan;
import org.beltportal.bench.Vocabulary.Family;
import org.beltportal.bench.Vocabulary.Word;

/**
 * Makes one belt's products the way 1688 sellers write them: keyword-stacked titles (season, style,
 * material, buyer group, noun, selling points, trade terms), an optional English title, a short
 * description, tiered prices falling with quantity, and an MOQ typical of the goods.
 */
final class ProductFactory {

    record Tier(int minQty, BigDecimal price) {
    }

    record GeneratedProduct(String sku, String title, String titleEn, String description, Category category,
                            long supplierId, int moq, String unit, List<Tier> tiers, String attributesJson,
                            String imagesJson, boolean active) {

        BigDecimal minPrice() {
            return tiers.stream().map(Tier::price).min(BigDecimal::compareTo).orElseThrow();
        }

        /** {@code 100:3.50;1000:2.80}, the import format. */
        String tiersCsv() {
            StringBuilder out = new StringBuilder();
            for (Tier tier : tiers) {
                if (!out.isEmpty()) {
                    out.append(';');
                }
                out.append(tier.minQty()).append(':').append(tier.price().toPlainString());
            }
            return out.toString();
        }
    }

    private static final double[] TIER_FACTORS = {1.0, 0.92, 0.85, 0.78};
    private static final int[] TIER_QTY_FACTORS = {1, 5, 20, 100};

    private final TenantPlan tenant;
    private final SplittableRandom random;
    private final List<Category> leaves;
    private final String skuPrefix;
    private int counter;

    ProductFactory(TenantPlan tenant, long seed, String skuPrefix) {
        this.tenant = tenant;
        this.random = new SplittableRandom(seed);
        this.leaves = tenant.leaves();
        this.skuPrefix = skuPrefix;
    }

    GeneratedProduct next() {
        Family family = tenant.family();
        counter++;
        String sku = skuPrefix + String.format("%07d", counter);
        // A few leaves hold most of a belt's goods.
        Category leaf = leaves.get(skewed(leaves.size(), 1.6));
        List<Word> nouns = leaf.vocabulary().nouns();
        Word noun = nouns.get(random.nextInt(nouns.size()));
        Word material = chance(0.7) ? pick(family.materials()) : null;
        Word season = chance(0.4) ? pick(Vocabulary.SEASONS) : null;
        Word style = chance(0.3) ? pick(Vocabulary.STYLES) : null;
        Word audience = chance(0.45) ? pick(family.audiences()) : null;
        Word feature = chance(0.75) ? pick(family.features()) : null;
        Word feature2 = chance(0.3) ? pick(family.features()) : null;
        Word trade = chance(0.45) ? pick(Vocabulary.TRADE) : null;
        Word synonym = nouns.size() > 1 && chance(0.3) ? pick(nouns) : null;

        List<Word> head = new ArrayList<>();
        add(head, season);
        add(head, style);
        add(head, material);
        add(head, audience);
        head.add(noun);
        List<Word> tail = new ArrayList<>();
        add(tail, feature);
        if (feature2 != null && feature2 != feature) {
            tail.add(feature2);
        }
        if (synonym != null && synonym != noun) {
            tail.add(synonym);
        }
        add(tail, trade);
        boolean spaced = chance(0.35);
        String title = join(head, "") + (tail.isEmpty() ? "" : (spaced ? " " : "") + join(tail, spaced ? " " : ""));

        String titleEn = null;
        if (chance(0.7)) {
            List<String> en = new ArrayList<>();
            for (Word w : head) {
                en.add(w.en());
            }
            for (Word w : tail) {
                en.add(w.en());
            }
            String joined = String.join(" ", en);
            titleEn = Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
        }

        int moq = family.moqs()[random.nextInt(family.moqs().length)];
        String unit = chance(0.8) ? family.units().getFirst() : pick(family.units());
        String color = Vocabulary.COLORS.get(random.nextInt(Vocabulary.COLORS.size()));
        String description = null;
        if (chance(0.6)) {
            description = noun.zh() + (material == null ? "" : "，" + material.zh() + "材质")
                    + (feature == null ? "" : "，" + feature.zh()) + "，" + color + "，" + moq + unit + "起批"
                    + (chance(0.5) ? "，源头工厂现货，72小时内发货" : "，支持来样定制，量大从优") + "。";
        }

        long supplierId = tenant.firstSupplierId() + skewed(tenant.suppliers(), 2.0);
        List<Tier> tiers = tiers(family, moq);
        String attributes = "{\"" + family.materialKey() + "\":\"" + (material == null ? "其他" : material.zh())
                + "\",\"颜色\":\"" + color + "\",\"货源类别\":\"" + (chance(0.7) ? "现货" : "订货") + "\"}";
        String images = "[\"/media/bench/" + tenant.slug() + "/" + sku + "-1.jpg\""
                + (chance(0.3) ? ",\"/media/bench/" + tenant.slug() + "/" + sku + "-2.jpg\"" : "") + "]";
        boolean active = !chance(0.03);
        return new GeneratedProduct(sku, title, titleEn, description, leaf, supplierId, moq, unit, tiers, attributes,
                images, active);
    }

    private List<Tier> tiers(Family family, int moq) {
        double base = family.priceLo() * Math.pow(family.priceHi() / family.priceLo(), random.nextDouble());
        double r = random.nextDouble();
        int count = r < 0.2 ? 1 : r < 0.55 ? 2 : r < 0.85 ? 3 : 4;
        List<Tier> tiers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BigDecimal price = BigDecimal.valueOf(Math.max(0.01, base * TIER_FACTORS[i])).setScale(2, RoundingMode.HALF_UP);
            tiers.add(new Tier(moq * TIER_QTY_FACTORS[i], price));
        }
        return tiers;
    }

    /** An index in [0, n) biased towards 0: the popular leaf, the big supplier. */
    private int skewed(int n, double power) {
        return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), power)));
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static void add(List<Word> words, Word word) {
        if (word != null && !words.contains(word)) {
            words.add(word);
        }
    }

    private static String join(List<Word> words, String separator) {
        StringBuilder out = new StringBuilder();
        for (Word w : words) {
            if (!out.isEmpty()) {
                out.append(separator);
            }
            out.append(w.zh());
        }
        return out.toString();
    }
}
