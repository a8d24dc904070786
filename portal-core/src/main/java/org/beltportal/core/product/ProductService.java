package org.beltportal.core.product;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.category.Category;
import org.beltportal.core.category.CategoryPathsChanged;
import org.beltportal.core.category.CategoryService;
import org.beltportal.core.feed.FeedPoller;
import org.beltportal.core.product.internal.ProductMapper;
import org.beltportal.core.product.internal.ProductRow;
import org.beltportal.core.product.internal.TierRow;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.CursorPage;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.ListQuery;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The catalogue of one tenant: every method takes the tenant, and every query filters on it. */
@Service
public class ProductService {

    /** Bulk requests are one transaction holding row locks: this keeps it short. */
    public static final int MAX_BULK = 1000;
    static final int BULK_INDEX_WAIT_SECONDS = 10;
    private static final Logger log = LoggerFactory.getLogger(ProductService.class);

    private final ProductMapper mapper;
    private final SupplierService suppliers;
    private final CategoryService categories;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FeedPoller feed;

    ProductService(ProductMapper mapper, SupplierService suppliers, CategoryService categories, AuditLog audit,
                          ApplicationEventPublisher events, Clock clock, FeedPoller feed) {
        this.feed = feed;
        this.mapper = mapper;
        this.suppliers = suppliers;
        this.categories = categories;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Optional<Product> find(TenantId tenantId, long id) {
        return mapper.findById(tenantId, id).map(row -> withTiers(tenantId, List.of(row)).getFirst());
    }

    public Product require(TenantId tenantId, long id) {
        return find(tenantId, id).orElseThrow(() -> new NotFoundException("no product " + id));
    }

    public Optional<Product> findBySku(TenantId tenantId, String sku) {
        return mapper.findBySku(tenantId, sku).map(row -> withTiers(tenantId, List.of(row)).getFirst());
    }

    /** Newest first. */
    public ResultPage<Product> page(TenantId tenantId, ProductFilter filter, PageQuery query) {
        String pattern = filter.textPattern();
        List<Long> categoryIds = categoryIds(tenantId, filter);
        List<ProductRow> rows = mapper.findList(tenantId, filter, pattern, categoryIds, ProductSort.NEWEST, null, null, null,
                query.offset(), query.size());
        return ResultPage.of(withTiers(tenantId, rows), mapper.count(tenantId, filter, pattern, categoryIds), query);
    }

    /**
     * The admin listing: filtered, in {@code sort}'s order, one page after the query's cursor (or at its
     * bounded offset), with the cursor of the next page. Every order is an index's, so a page after a
     * cursor costs the same on a belt of a million products as on the first page.
     */
    public CursorPage<Product> list(TenantId tenantId, ProductFilter filter, ProductSort sort, ListQuery query) {
        String pattern = filter.textPattern();
        List<Long> categoryIds = categoryIds(tenantId, filter);
        ProductKeyset from = ProductKeyset.of(sort, query.cursor());
        List<Product> items = withTiers(tenantId, mapper.findList(tenantId, filter, pattern, categoryIds, sort,
                from.beforeId(), from.afterId(), from.afterSku(), query.offset(), query.size()));
        // A first page that is not full holds every match: counting them again would repeat the page's read, which
        // for a rare word is a pass over the belt's whole text index.
        boolean complete = query.cursor() == null && query.offset() == 0 && items.size() < query.size();
        long total = complete ? items.size() : mapper.count(tenantId, filter, pattern, categoryIds);
        return new CursorPage<>(items, total, query.page(), query.size(), ProductKeyset.next(sort, items, query.size()));
    }

    /**
     * How many of the belt's products, in any status, have no image: a buyer sees a placeholder for them. The
     * admin list's "missing images" filter, counted on its index (has_images).
     */
    public long countWithoutImages(TenantId tenantId) {
        return mapper.count(tenantId, new ProductFilter(null, null, null, null, true), null, null);
    }

    /**
     * A belt's newest active products, for its home page: without the total that {@link #page} counts, which
     * on a large belt costs more than the products themselves.
     */
    public List<Product> newestActive(TenantId tenantId, int limit) {
        return withTiers(tenantId, mapper.findNewestActive(tenantId, limit));
    }

    /**
     * One batch for the search indexer, in id order after {@code afterId}, whatever their status (the
     * indexer removes inactive ones). {@code supplierId} is optional.
     */
    public List<Product> batch(TenantId tenantId, Long supplierId, long afterId, int limit) {
        return withTiers(tenantId, mapper.findBatch(tenantId, supplierId, afterId, limit));
    }

    /** How many of this tenant's products buyers can see. */
    public long countActive(TenantId tenantId) {
        return mapper.count(tenantId, new ProductFilter(ProductStatus.ACTIVE, null, null), null, null);
    }

    /** The id of this tenant's active product at {@code position} (from 0) in id order, if it has that many. */
    public Optional<Long> activeIdAt(TenantId tenantId, long position) {
        return mapper.findActiveIdAt(tenantId, position);
    }

    /** Ids of this tenant's active products after {@code afterId}, in id order, at most {@code limit}. */
    public List<Long> activeIds(TenantId tenantId, long afterId, int limit) {
        return mapper.findActiveIds(tenantId, afterId, limit);
    }

    /** Id and last write of this tenant's active products after {@code afterId}, in id order, at most {@code limit}. */
    public List<ProductVersion> activeVersions(TenantId tenantId, long afterId, int limit) {
        return mapper.findActiveVersions(tenantId, afterId, limit);
    }

    /** Ids of this tenant's products written at or after {@code since}, whatever their status, in id order. */
    public List<Long> idsChangedSince(TenantId tenantId, Instant since) {
        return mapper.findIdsChangedSince(tenantId, since);
    }

    /** The products among {@code ids} that exist in this tenant, in id order: how listeners re-read a batch. */
    public List<Product> findByIds(TenantId tenantId, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : withTiers(tenantId, mapper.findByIds(tenantId, ids));
    }

    /**
     * When each of {@code ids} that exists in this tenant was last written: two columns by primary key, so
     * a listener holding copies (an import batch's {@link ProductsChanged#created}) re-reads only the rows
     * changed or deleted since.
     */
    public Map<Long, Instant> updatedAt(TenantId tenantId, Collection<Long> ids) {
        Map<Long, Instant> versions = new HashMap<>();
        if (!ids.isEmpty()) {
            mapper.findVersions(tenantId, ids).forEach(version -> versions.put(version.id(), version.updatedAt()));
        }
        return versions;
    }

    @Transactional
    public Product create(String actor, TenantId tenantId, ProductDraft draft) {
        ProductDraft valid = validated(tenantId, draft);
        if (mapper.findBySku(tenantId, valid.sku()).isPresent()) {
            throw new ConflictException("SKU " + valid.sku() + " exists; update it with PUT");
        }
        return insert(actor, tenantId, valid);
    }

    @Transactional
    public Product update(String actor, TenantId tenantId, long id, ProductDraft draft) {
        ProductDraft valid = validated(tenantId, draft);
        Product before = require(tenantId, id);
        Optional<ProductRow> sameSku = mapper.findBySku(tenantId, valid.sku());
        if (sameSku.isPresent() && sameSku.get().id() != id) {
            throw new ConflictException("SKU " + valid.sku() + " belongs to product " + sameSku.get().id());
        }
        return overwrite(actor, tenantId, before, valid);
    }

    /** Creates the product, or updates the one with the same SKU: the idempotent write imports rely on. */
    @Transactional
    public Upserted upsertBySku(String actor, TenantId tenantId, ProductDraft draft) {
        ProductDraft valid = validated(tenantId, draft);
        Optional<Product> existing = findBySku(tenantId, valid.sku());
        return existing.isPresent()
                ? new Upserted(overwrite(actor, tenantId, existing.get(), valid), false)
                : new Upserted(insert(actor, tenantId, valid), true);
    }

    @Transactional
    public void delete(String actor, TenantId tenantId, long id) {
        Product before = require(tenantId, id);
        mapper.delete(tenantId, id);
        audit.record(actor, tenantId, "product.delete", "product", id, before, null);
        events.publishEvent(new ProductChanged(tenantId, id, true));
    }

    /**
     * Applies {@code action} to every product of {@code ids}, all or nothing, in one transaction: if any id
     * is not this tenant's product (another tenant's included) the answer is 404 and nothing changes. Each
     * product gets its audit entry as a single write would; the search index takes the batch after commit,
     * as it takes an import batch. {@code categoryId} is for {@code move} only. Returns how many changed.
     */
    @Transactional
    public int bulk(String actor, TenantId tenantId, BulkAction action, Collection<Long> ids, Long categoryId) {
        if (action == null) {
            throw InvalidInputException.of("action", "is required: activate, deactivate, move or delete");
        }
        List<Long> distinct = bulkIds(ids);
        Long target = bulkCategory(tenantId, action, categoryId);
        Set<Long> found = new HashSet<>(mapper.lockIds(tenantId, distinct));
        List<Long> missing = distinct.stream().filter(id -> !found.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new NotFoundException("no product " + missing.getFirst() + " in this portal"
                    + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more of the ids)" : "") + "; nothing was changed");
        }
        List<Product> before = findByIds(tenantId, distinct);
        Instant now = clock.instant();
        switch (action) {
            case ACTIVATE -> mapper.updateStatusOf(tenantId, distinct, ProductStatus.ACTIVE, now);
            case DEACTIVATE -> mapper.updateStatusOf(tenantId, distinct, ProductStatus.INACTIVE, now);
            case MOVE -> mapper.updateCategoryOf(tenantId, distinct, target, now);
            case DELETE -> mapper.deleteAll(tenantId, distinct);
        }
        Map<Long, Product> after = new HashMap<>();
        findByIds(tenantId, distinct).forEach(product -> after.put(product.id(), product));
        String auditAction = action == BulkAction.DELETE ? "product.delete" : "product.update";
        for (Product product : before) {
            audit.record(actor, tenantId, auditAction, "product", product.id(), product, after.get(product.id()));
        }
        events.publishEvent(new ProductsChanged(tenantId, distinct, List.of()));
        searchableAfterCommit();
        return distinct.size();
    }

    /**
     * A bulk action answers once its change is searchable on this node, as an import ends (decision 0043): the
     * change feed thread, woken by the commit, applies it; other nodes follow within a poll.
     */
    private void searchableAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    feed.caughtUp().get(BULK_INDEX_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | TimeoutException e) {
                    log.warn("A bulk product change was not in this node's index within {} s; it follows shortly",
                            BULK_INDEX_WAIT_SECONDS);
                }
            }
        });
    }

    private static List<Long> bulkIds(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw InvalidInputException.of("ids", "name at least one product");
        }
        if (ids.size() > MAX_BULK) {
            throw InvalidInputException.of("ids", "at most " + MAX_BULK + " products per request");
        }
        if (ids.contains(null)) {
            throw InvalidInputException.of("ids", "must all be product ids");
        }
        return ids.stream().distinct().toList();
    }

    /** The category a move goes to, checked to be this tenant's; null for the other actions, which take none. */
    private Long bulkCategory(TenantId tenantId, BulkAction action, Long categoryId) {
        if (action != BulkAction.MOVE) {
            if (categoryId != null) {
                throw InvalidInputException.of("categoryId", "is only for move");
            }
            return null;
        }
        if (categoryId == null) {
            throw InvalidInputException.of("categoryId", "is required for move");
        }
        // The same answer whether the id is free or another tenant's, as for a product's supplierId.
        return categories.find(tenantId, categoryId).map(Category::id)
                .orElseThrow(() -> InvalidInputException.of("categoryId", "no category " + categoryId + " in this portal"));
    }

    /**
     * A category was renamed or moved: its products' paths changed with it, so the search index reads them
     * again, in batches as an import hands them over (after the commit, like every index update).
     */
    @EventListener
    void on(CategoryPathsChanged event) {
        List<Long> ids = mapper.findIdsInCategories(event.tenantId(), event.categoryIds());
        for (int from = 0; from < ids.size(); from += MAX_BULK) {
            events.publishEvent(new ProductsChanged(event.tenantId(), ids.subList(from, Math.min(ids.size(), from + MAX_BULK)),
                    List.of()));
        }
    }

    /** The result of {@link #upsertBySku}: the product and whether it was new. */
    public record Upserted(Product product, boolean created) {
    }

    private Product insert(String actor, TenantId tenantId, ProductDraft draft) {
        ProductMapper.WriteRow row = new ProductMapper.WriteRow(null, tenantId, draft, draft.minPrice(),
                categoryId(actor, tenantId, draft), clock.instant());
        mapper.insert(row);
        mapper.insertTiers(tenantId, row.id, draft.priceTiers());
        Product created = require(tenantId, row.id);
        audit.record(actor, tenantId, "product.create", "product", row.id, null, created);
        events.publishEvent(new ProductChanged(tenantId, row.id, false));
        return created;
    }

    private Product overwrite(String actor, TenantId tenantId, Product before, ProductDraft draft) {
        mapper.update(new ProductMapper.WriteRow(before.id(), tenantId, draft, draft.minPrice(),
                categoryId(actor, tenantId, draft), clock.instant()));
        mapper.deleteTiers(tenantId, before.id());
        mapper.insertTiers(tenantId, before.id(), draft.priceTiers());
        Product after = require(tenantId, before.id());
        audit.record(actor, tenantId, "product.update", "product", before.id(), before, after);
        events.publishEvent(new ProductChanged(tenantId, before.id(), false));
        return after;
    }

    /** Every problem of the draft at once: its own rules, the category path and the supplier. */
    private ProductDraft validated(TenantId tenantId, ProductDraft draft) {
        List<FieldProblem> problems = new ArrayList<>(ProductImporter.check(draft, null));
        if (draft.supplierId() != null && suppliers.find(tenantId, draft.supplierId()).isEmpty()) {
            // The same answer whether the id is free or another tenant's: nothing about other tenants leaks.
            problems.add(new FieldProblem("supplierId", "no supplier " + draft.supplierId() + " in this portal"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return draft.normalised();
    }

    private Long categoryId(String actor, TenantId tenantId, ProductDraft draft) {
        return draft.category() == null ? null : categories.ensurePath(actor, tenantId, "category", draft.category()).id();
    }

    /** The filter's category with its subcategories, null for no category filter; an unknown id matches nothing. */
    private List<Long> categoryIds(TenantId tenantId, ProductFilter filter) {
        return filter.categoryId() == null ? null : categories.withDescendants(tenantId, filter.categoryId());
    }

    private List<Product> withTiers(TenantId tenantId, List<ProductRow> rows) {
        Collection<Long> ids = rows.stream().map(ProductRow::id).toList();
        Map<Long, List<PriceTier>> tiers = TierRow.byProduct(mapper.findTiers(tenantId, ids));
        return rows.stream().map(row -> row.withTiers(tiers.getOrDefault(row.id(), List.of()))).toList();
    }
}
