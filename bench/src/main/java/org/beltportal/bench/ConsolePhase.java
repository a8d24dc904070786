package org.beltportal.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.beltportal.bench.Plan.TenantPlan;

/**
 * The operator console's list pages over HTTP, signed in as the platform admin through the login form (issue 16:
 * p95 within 300 ms on the 1M catalogue): the largest belt's products with each filter, text searches (a common
 * word, a SKU, a SKU prefix, a word no product has, which reads the whole text index), a page after a cursor,
 * suppliers, inquiries and the belt's and the platform's audit logs. Pages take turns, one client, so each sees
 * the same machine; every page is asked twice before it is measured.
 */
final class ConsolePhase {

    static final double TARGET_P95_MS = 300;
    private static final Pattern SKU = Pattern.compile("<span class=\"slug\">([^<]+)</span>");
    private static final Pattern CURSOR = Pattern.compile("[?&;]cursor=([A-Za-z0-9_%=-]+)");
    private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\"");

    private final RunContext run;
    private final Options o;

    ConsolePhase(RunContext run) {
        this.run = run;
        this.o = run.o;
    }

    record Probe(String name, String path) {
    }

    void measure() throws IOException, InterruptedException {
        TenantPlan belt = run.plan.tenants.getFirst();
        ConsoleClient console = new ConsoleClient(o.baseUrl());
        console.login("admin", o.adminPassword);
        List<Probe> probes = probes(console, belt);
        Map<Probe, Latencies> times = new LinkedHashMap<>();
        Map<Probe, Integer> failures = new LinkedHashMap<>();
        for (Probe probe : probes) {
            times.put(probe, new Latencies());
            failures.put(probe, 0);
            console.get(probe.path());
            console.get(probe.path());
        }
        Log.info("console: %d pages of belt %s (%,d products), %d requests each", probes.size(), belt.slug(), belt.products(),
                o.consoleRequests);
        for (int round = 0; round < o.consoleRequests; round++) {
            for (Probe probe : probes) {
                ConsoleClient.Page page = console.get(probe.path());
                times.get(probe).add(page.nanos());
                if (page.status() != 200) {
                    failures.merge(probe, 1, Integer::sum);
                }
            }
        }
        report(belt, times, failures);
    }

    /** The pages, with a real category, supplier, SKU and cursor of the belt read from its first product page. */
    private List<Probe> probes(ConsoleClient console, TenantPlan belt) throws IOException, InterruptedException {
        String base = "/admin/belts/" + belt.slug();
        ConsoleClient.Page first = console.get(base + "/products");
        if (first.status() != 200) {
            throw new IllegalStateException("the console's product list answered " + first.status());
        }
        String sku = first(SKU, first.body(), "a SKU on the product list");
        String cursor = first(CURSOR, first.body(), "the next page's cursor");
        String category = option(first.body(), "categoryId");
        String supplier = option(first.body(), "supplierId");
        List<Probe> probes = new ArrayList<>();
        probes.add(new Probe("products", base + "/products"));
        probes.add(new Probe("products, next page", base + "/products?cursor=" + cursor));
        probes.add(new Probe("products, status=inactive", base + "/products?status=inactive"));
        probes.add(new Probe("products, category", base + "/products?categoryId=" + category));
        probes.add(new Probe("products, supplier", base + "/products?supplierId=" + supplier));
        probes.add(new Probe("products, missing images", base + "/products?missingImages=true"));
        probes.add(new Probe("products, q = a SKU", base + "/products?q=" + ConsoleClient.encode(sku)));
        probes.add(new Probe("products, q = a SKU prefix", base + "/products?q=" + ConsoleClient.encode(sku.substring(0, sku.length() - 3))));
        probes.add(new Probe("products, q = a common word", base + "/products?q=" + ConsoleClient.encode(commonWord(belt))));
        probes.add(new Probe("products, q = no such text", base + "/products?q=" + ConsoleClient.encode("无此商品zzq")));
        probes.add(new Probe("products, q + status=inactive", base + "/products?status=inactive&q=" + ConsoleClient.encode(commonWord(belt))));
        probes.add(new Probe("suppliers", base + "/suppliers"));
        probes.add(new Probe("suppliers, q", base + "/suppliers?q=" + ConsoleClient.encode("厂")));
        probes.add(new Probe("inquiries", base + "/inquiries"));
        probes.add(new Probe("inquiries, q", base + "/inquiries?q=" + ConsoleClient.encode("价格")));
        probes.add(new Probe("audit of the belt", base + "/audit"));
        probes.add(new Probe("audit of the platform", "/admin/audit"));
        return probes;
    }

    /** A noun of the belt's trade, in many of its titles. */
    private static String commonWord(TenantPlan belt) {
        return new ProductFactory(belt, 1, CatalogGenerator.skuPrefix(belt)).next().category().vocabulary().nouns().getFirst().zh();
    }

    private static String option(String page, String select) {
        int at = page.indexOf("id=\"" + select + "\"");
        if (at < 0) {
            throw new IllegalStateException("no " + select + " filter on the product list");
        }
        return first(OPTION, page.substring(at, page.indexOf("</select>", at)), "a " + select + " choice");
    }

    private static String first(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " on the console page");
        }
        return m.group(1);
    }

    private void report(TenantPlan belt, Map<Probe, Latencies> times, Map<Probe, Integer> failures) {
        Map<String, Object> section = run.report.section("console");
        section.put("belt", belt.slug());
        section.put("beltProducts", belt.products());
        List<String> summary = run.summary;
        summary.add("");
        summary.add(String.format(Locale.ROOT, "## Console list pages (belt %s, %,d products; %d requests each, one client, signed in)",
                belt.slug(), belt.products(), o.consoleRequests));
        summary.add("");
        summary.add("| page | p50 ms | p95 ms | max ms | failed |");
        summary.add("| --- | --- | --- | --- | --- |");
        double worst = 0;
        int failed = 0;
        String worstPage = "";
        for (Map.Entry<Probe, Latencies> entry : times.entrySet()) {
            Latencies l = entry.getValue();
            int failures1 = failures.get(entry.getKey());
            failed += failures1;
            Map<String, Object> page = Report.latencies(l);
            page.put("path", entry.getKey().path());
            page.put("failed", failures1);
            section.put(entry.getKey().name(), page);
            summary.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |", entry.getKey().name(), l.percentileMs(50),
                    l.percentileMs(95), l.maxMs(), failures1));
            if (l.percentileMs(95) > worst) {
                worst = l.percentileMs(95);
                worstPage = entry.getKey().name();
            }
        }
        Log.info("console: slowest p95 %.1f ms (%s), %d failed", worst, worstPage, failed);
        run.report.target("console list pages p95 <= 300 ms", String.format(Locale.ROOT, "slowest p95 %.1f ms (%s), %d failed",
                worst, worstPage, failed), worst <= TARGET_P95_MS && failed == 0);
    }
}
