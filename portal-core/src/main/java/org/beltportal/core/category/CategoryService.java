package org.beltportal.core.category;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.category.internal.CategoryMapper;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.ReadMostlyCache;
import org.beltportal.core.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

@Service
public class CategoryService {

    /** Ids start at 1, so 0 stands for "no parent". */
    private static final long ROOT = 0L;
    /** Bounds how long the portal on another node shows a category list after a change here. */
    private static final Duration REFRESH = Duration.ofSeconds(10);

    private final CategoryMapper mapper;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ReadMostlyCache<TenantId, List<Category>> cached;

    CategoryService(CategoryMapper mapper, AuditLog audit, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.audit = audit;
        this.events = events;
        this.cached = new ReadMostlyCache<>(REFRESH, Duration.ofMinutes(1), 10_000, mapper::findAll);
    }

    /** The tenant's categories as a tree; every page of the portal shows it, so it is read from the cache. */
    public List<CategoryNode> tree(TenantId tenantId) {
        Map<Long, List<Category>> byParent = new HashMap<>();
        for (Category category : cached.get(tenantId)) {
            byParent.computeIfAbsent(category.parentId() == null ? ROOT : category.parentId(), k -> new ArrayList<>())
                    .add(category);
        }
        return nodes(byParent, ROOT);
    }

    /** One category of the tenant, from the cache as {@link #tree} is. */
    public Optional<Category> find(TenantId tenantId, long id) {
        return cached.get(tenantId).stream().filter(category -> category.id() == id).findFirst();
    }

    public Optional<Category> findByPath(TenantId tenantId, String path) {
        return mapper.findByPath(tenantId, CategoryPath.parse("category", path).toString());
    }

    /** Returns the category at {@code path}, creating every missing level. Safe under concurrent imports. */
    @Transactional
    public Category ensurePath(String actor, TenantId tenantId, String field, String path) {
        CategoryPath parsed = CategoryPath.parse(field, path);
        Category parent = null;
        for (int depth = 1; depth <= parsed.names().size(); depth++) {
            String prefix = parsed.prefix(depth);
            Optional<Category> existing = mapper.findByPath(tenantId, prefix);
            if (existing.isPresent()) {
                parent = existing.get();
                continue;
            }
            try {
                mapper.insert(tenantId, parent == null ? null : parent.id(), parsed.names().get(depth - 1), prefix);
            } catch (DuplicateKeyException createdConcurrently) {
                // Another import created it between our read and insert: read it back below.
            }
            parent = mapper.findByPath(tenantId, prefix).orElseThrow();
            audit.record(actor, tenantId, "category.create", "category", parent.id(), null, parent);
            events.publishEvent(new CategoriesChanged(tenantId));
        }
        return parent;
    }

    @Transactional
    public void delete(String actor, TenantId tenantId, long id) {
        Category category = mapper.findById(tenantId, id).orElseThrow(() -> new NotFoundException("no category " + id));
        if (mapper.isInUse(tenantId, id)) {
            throw new ConflictException("category " + category.path() + " still has subcategories or products");
        }
        mapper.delete(tenantId, id);
        audit.record(actor, tenantId, "category.delete", "category", id, category, null);
        events.publishEvent(new CategoriesChanged(tenantId));
    }

    // Only category writes drop the cache: every audited change of a belt (a product saved, 8 a second in the
    // soak) used to, and each drop made that belt's next pages wait for a reload.
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(CategoriesChanged event) {
        cached.invalidate(event.tenantId());
    }

    /** A category of the tenant was created or deleted; published inside the writing transaction. */
    record CategoriesChanged(TenantId tenantId) {
    }

    private static List<CategoryNode> nodes(Map<Long, List<Category>> byParent, long parentId) {
        return byParent.getOrDefault(parentId, List.of()).stream()
                .map(c -> new CategoryNode(c.id(), c.name(), c.path(), nodes(byParent, c.id())))
                .toList();
    }
}
