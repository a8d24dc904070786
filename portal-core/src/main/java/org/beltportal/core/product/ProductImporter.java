package org.beltportal.core.product;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.category.Category;
import org.beltportal.core.category.CategoryPath;
import org.beltportal.core.category.CategoryService;
import org.beltportal.core.product.internal.ProductMapper;
import org.beltportal.core.product.internal.SkuId;
import org.beltportal.core.product.internal.TierRow;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.Problems;
import org.beltportal.core.tenant.TenantId;
import org.mybatis.spring.SqlSessionTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The batch path of bulk import. A batch costs a handful of round trips instead of about eight statements
 * per row: one supplier lookup, then in one transaction a SKU lookup, the upserts and tier inserts as JDBC
 * batches, one id lookup and one tier delete. Its index update (one {@link ProductsChanged}) runs on
 * {@link ImportIndexFeed}'s thread while the next batch is written, and an import writes one audit entry,
 * not one per row (docs/decisions/0005-import-audit-and-batching.md). The rules are those of
 * {@link ProductService}.
 */
@Service
public class ProductImporter {

    /** A batch is held in memory and written in one transaction: this keeps both small. */
    public static final int MAX_BATCH = 1000;
    /** The field of a row's English category name, as problems name it. */
    private static final String CATEGORY_EN = "categoryEn";
    private static final Logger log = LoggerFactory.getLogger(ProductImporter.class);

    private final ProductMapper batch;
    private final SupplierService suppliers;
    private final CategoryService categories;
    private final AuditLog audit;
    private final ImportIndexFeed index;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /**
     * Writes go through a batch executor: consecutive upserts (and tier inserts) become one JDBC batch,
     * which Connector/J sends as multi-row statements with {@code rewriteBatchedStatements=true}.
     */
    @Autowired
    ProductImporter(SqlSessionFactory sessions, SupplierService suppliers, CategoryService categories, AuditLog audit,
                    ImportIndexFeed index, TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
        this(new SqlSessionTemplate(sessions, ExecutorType.BATCH).getMapper(ProductMapper.class), suppliers, categories,
                audit, index, transaction, clock, events);
    }

    /** With the mapper that writes batches given, so a test can make the database refuse a row. */
    ProductImporter(ProductMapper batch, SupplierService suppliers, CategoryService categories, AuditLog audit,
                    ImportIndexFeed index, TransactionTemplate transaction, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.batch = batch;
        this.suppliers = suppliers;
        this.categories = categories;
        this.audit = audit;
        this.index = index;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * What create and update would refuse in this draft, short of the database checks (supplier), and what is wrong
     * with the English name {@code categoryEn} the row gives its category (null: none): the console's length rule,
     * and a category to name.
     */
    public static List<FieldProblem> check(ProductDraft draft, String categoryEn) {
        Problems problems = new Problems();
        draft.validate(problems);
        boolean hasCategory = draft.category() != null && !draft.category().isBlank();
        if (hasCategory) {
            try {
                CategoryPath.parse("category", draft.category());
            } catch (InvalidInputException e) {
                problems.require(false, "category", e.problems().getFirst().message());
            }
        }
        if (categoryEn != null && !categoryEn.isBlank()) {
            problems.require(categoryEn.strip().length() <= Category.MAX_NAME_EN, CATEGORY_EN,
                            "must have at most " + Category.MAX_NAME_EN + " characters")
                    .require(hasCategory, CATEGORY_EN, "names the row's category in English: fill category too");
        }
        try {
            problems.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    /** {@link #importBatch(ProductImport, List, List)} with rows that give their categories no English name. */
    @Transactional(propagation = Propagation.NEVER)
    public List<DraftProblem> importBatch(ProductImport run, List<ProductDraft> drafts) {
        return importBatch(run, drafts, Collections.nCopies(drafts.size(), null));
    }

    /**
     * Creates or updates (by SKU) the valid drafts and returns the problems of the others. Within a batch a
     * repeated SKU behaves as if the rows were applied in order: the last one wins. Runs outside any
     * transaction because it commits on its own: categories first, then the batch, then (only if the
     * batch fails on its data) each row alone, so one bad row never costs the good ones.
     * {@code categoriesEn} holds, at each draft's position, the English name its row gives the draft's category
     * (null for none): a category without an English name takes it, one with another English name makes it the
     * row's problem (decision 0051).
     */
    @Transactional(propagation = Propagation.NEVER)
    public List<DraftProblem> importBatch(ProductImport run, List<ProductDraft> drafts, List<String> categoriesEn) {
        if (drafts.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " drafts per batch, got " + drafts.size());
        }
        if (categoriesEn.size() != drafts.size()) {
            throw new IllegalArgumentException(drafts.size() + " drafts but " + categoriesEn.size() + " English category names");
        }
        List<DraftProblem> problems = new ArrayList<>();
        List<Pending> valid = withKnownSupplier(run.tenantId(), validated(drafts, categoriesEn, problems), problems);
        // Whole seconds: a created product's copy in the index event must equal its row, and Connector/J
        // drops fractions on MariaDB (its "5.5.5-" version prefix reads as a server without them).
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<Pending> ready = withCategory(run, valid, problems, now);
        Written written = writeOrFallBack(run, ready, problems, now);
        run.count(written.createdCount(), written.updated(), problems.stream().map(DraftProblem::index).distinct().count());
        if (!written.productIds().isEmpty()) {
            index.committed(run);
        }
        return problems;
    }

    /**
     * Ends an import: waits until its batches are in the search index (so a finished import is
     * searchable), then writes its one audit entry, with counts rather than rows (the job keeps the row
     * errors). Call it however the import ended: rows written before a failure are changes too.
     */
    public void finish(ProductImport run, long jobId, String fileName) {
        index.awaitIndexed(run);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", fileName);
        after.put("created", run.created());
        after.put("updated", run.updated());
        after.put("failed", run.failed());
        transaction.executeWithoutResult(
                status -> audit.record(run.actor(), run.tenantId(), "product.import", "job", jobId, null, after));
    }

    private static List<Pending> validated(List<ProductDraft> drafts, List<String> categoriesEn, List<DraftProblem> problems) {
        List<Pending> valid = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String categoryEn = categoriesEn.get(i);
            List<FieldProblem> found = check(drafts.get(i), categoryEn);
            for (FieldProblem problem : found) {
                problems.add(new DraftProblem(i, problem.field(), problem.message()));
            }
            if (found.isEmpty()) {
                String englishName = categoryEn == null || categoryEn.isBlank() ? null : categoryEn.strip();
                valid.add(new Pending(i, drafts.get(i).normalised(), englishName, null));
            }
        }
        return valid;
    }

    /** One query for the whole batch; another tenant's supplier answers like a free id, as in ProductService. */
    private List<Pending> withKnownSupplier(TenantId tenantId, List<Pending> valid, List<DraftProblem> problems) {
        List<Long> wanted = valid.stream().map(p -> p.draft().supplierId()).distinct().toList();
        Set<Long> known = suppliers.byIds(tenantId, wanted).keySet();
        List<Pending> kept = new ArrayList<>();
        for (Pending pending : valid) {
            if (known.contains(pending.draft().supplierId())) {
                kept.add(pending);
            } else {
                problems.add(new DraftProblem(pending.index(), "supplierId",
                        "no supplier " + pending.draft().supplierId() + " in this portal"));
            }
        }
        return kept;
    }

    /**
     * The drafts ready to write with their category resolved and, where the row gives one, named in English; an
     * unknown category, or an English name other than the one the category has, is the row's problem.
     */
    private List<Pending> withCategory(ProductImport run, List<Pending> valid, List<DraftProblem> problems, Instant now) {
        List<Pending> ready = new ArrayList<>();
        for (Pending pending : valid) {
            if (pending.draft().category() == null) {
                ready.add(pending.ready(run.tenantId(), null, now));
                continue;
            }
            String path = CategoryPath.parse("category", pending.draft().category()).toString();
            Optional<Category> category = category(run, path).flatMap(found -> named(run, path, found, pending.categoryEn()));
            if (category.isEmpty()) {
                problems.add(new DraftProblem(pending.index(), "category", unknownCategory(pending.draft())));
            } else if (pending.categoryEn() != null && !pending.categoryEn().equals(category.get().nameEn())) {
                problems.add(new DraftProblem(pending.index(), CATEGORY_EN, otherEnglishName(category.get(), pending.categoryEn())));
            } else {
                ready.add(pending.ready(run.tenantId(), category.get().id(), now));
            }
        }
        return ready;
    }

    /**
     * The category named {@code categoryEn} in English if it had no English name (and the row gives one), as the run
     * sees it from then on; empty when it was deleted meanwhile.
     */
    private Optional<Category> named(ProductImport run, String path, Category category, String categoryEn) {
        if (categoryEn == null || category.nameEn() != null) {
            return Optional.of(category);
        }
        Optional<Category> named = categories.nameInEnglishIfUnnamed(run.actor(), run.tenantId(), category.id(), categoryEn);
        if (named.isPresent()) {
            run.categories().put(path, named.get());
        } else {
            run.categories().remove(path);
        }
        return named;
    }

    private static String otherEnglishName(Category category, String categoryEn) {
        return "category " + category.path() + " is named '" + category.nameEn() + "' in English, not '" + categoryEn
                + "': rename it in the console or the API first, or leave categoryEn empty";
    }

    private static String unknownCategory(ProductDraft draft) {
        return "no category " + CategoryPath.parse("category", draft.category())
                + " in this portal: create it first, or import with createCategories=true";
    }

    /**
     * The category at {@code path}, empty when it does not exist and the run may not create it. Creating runs in its
     * own transaction, so a batch that rolls back leaves the cache true.
     */
    private Optional<Category> category(ProductImport run, String path) {
        Category cached = run.categories().get(path);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Category> category = run.createCategories()
                ? Optional.of(categories.ensurePath(run.actor(), run.tenantId(), "category", path))
                : categories.findByPath(run.tenantId(), path);
        category.ifPresent(found -> run.categories().put(path, found));
        return category;
    }

    private Written writeOrFallBack(ProductImport run, List<Pending> ready, List<DraftProblem> problems, Instant now) {
        if (ready.isEmpty()) {
            return Written.NONE;
        }
        try {
            return write(run.tenantId(), ready);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException batchFailed) {
            log.warn("An import batch of {} rows for tenant {} failed; retrying row by row", ready.size(),
                    run.tenantId(), batchFailed);
        }
        // A category deleted since it was cached is one way a batch fails: resolve categories afresh.
        run.categories().clear();
        Written written = Written.NONE;
        for (Pending pending : ready) {
            List<Pending> row = withCategory(run, List.of(pending), problems, now);
            if (row.isEmpty()) {
                continue;
            }
            try {
                written = written.plus(write(run.tenantId(), row));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException rowFailed) {
                log.warn("Import row {} of a batch for tenant {} refused: {}", pending.index(), run.tenantId(),
                        rowFailed.getMostSpecificCause().getMessage());
                problems.add(new DraftProblem(pending.index(), null,
                        "the database refused this row (details in the server log); correct it or import it again"));
            }
        }
        return written;
    }

    /**
     * One transaction, every statement through the batch executor: the upserts queue up and are sent when
     * the id lookup (or the commit) needs them, tier delete before tier inserts as queued.
     */
    private Written write(TenantId tenantId, List<Pending> ready) {
        return transaction.execute(status -> {
            Map<String, ProductMapper.WriteRow> bySku = new LinkedHashMap<>();
            for (Pending pending : ready) {
                bySku.put(skuKey(pending.row().draft.sku()), pending.row());
            }
            List<String> skus = bySku.values().stream().map(row -> row.draft.sku()).toList();
            Map<String, Long> existing = idsBySku(tenantId, skus);
            bySku.values().forEach(row -> batch.upsert(tenantId, row));
            Map<String, Long> ids = existing.size() == bySku.size() ? existing : idsBySku(tenantId, skus);
            if (!existing.isEmpty()) {
                batch.deleteTiersOf(tenantId, existing.values());
            }
            bySku.forEach((sku, row) -> row.draft.priceTiers().forEach(
                    tier -> batch.insertTier(tenantId, new TierRow(ids.get(sku), tier.minQty(), tier.price()))));
            List<Product> created = new ArrayList<>();
            bySku.forEach((sku, row) -> {
                if (!existing.containsKey(sku)) {
                    created.add(asWritten(ids.get(sku), row));
                }
            });
            // Published in the batch's transaction: its change-feed row commits with the batch (decision 0043).
            events.publishEvent(new ProductsChanged(tenantId, List.copyOf(ids.values()), created));
            return new Written(created.size(), ready.size() - created.size(), List.copyOf(ids.values()), created);
        });
    }

    /**
     * A created product as its row now reads, so indexing needs no re-read: the category path as the
     * category cache keys it, prices at the column's two decimals, created and updated at the write.
     */
    private static Product asWritten(long id, ProductMapper.WriteRow row) {
        ProductDraft draft = row.draft;
        String category = draft.category() == null ? null : CategoryPath.parse("category", draft.category()).toString();
        List<PriceTier> tiers = draft.priceTiers().stream()
                .map(tier -> new PriceTier(tier.minQty(), tier.price().setScale(2, RoundingMode.UNNECESSARY))).toList();
        return new Product(id, row.tenantId, draft.sku(), draft.title(), draft.titleEn(), draft.description(), category,
                draft.supplierId(), draft.moq(), draft.unit(), row.minPrice.setScale(2, RoundingMode.UNNECESSARY), tiers,
                draft.attributes(), draft.images(), draft.status(), row.now, row.now, draft.unitEn(), draft.listingUrl());
    }

    private Map<String, Long> idsBySku(TenantId tenantId, Collection<String> skus) {
        Map<String, Long> ids = new HashMap<>();
        for (SkuId found : batch.findSkuIds(tenantId, skus)) {
            ids.put(skuKey(found.sku()), found.id());
        }
        return ids;
    }

    /** SKUs are unique per tenant case-insensitively (the column's collation), so they are matched that way here. */
    private static String skuKey(String sku) {
        return sku.toLowerCase(Locale.ROOT);
    }

    /**
     * A valid draft at its position in the batch, with the English name its row gives the category (null: none);
     * {@code row} is set once its category is resolved.
     */
    private record Pending(int index, ProductDraft draft, String categoryEn, ProductMapper.WriteRow row) {

        Pending ready(TenantId tenantId, Long categoryId, Instant now) {
            return new Pending(index, draft, categoryEn,
                    new ProductMapper.WriteRow(null, tenantId, draft, draft.minPrice(), categoryId, now));
        }
    }

    private record Written(long createdCount, long updated, List<Long> productIds, List<Product> created) {

        static final Written NONE = new Written(0, 0, List.of(), List.of());

        Written plus(Written other) {
            List<Long> ids = new ArrayList<>(productIds);
            ids.addAll(other.productIds);
            List<Product> products = new ArrayList<>(created);
            products.addAll(other.created);
            return new Written(createdCount + other.createdCount, updated + other.updated, ids, products);
        }
    }
}
