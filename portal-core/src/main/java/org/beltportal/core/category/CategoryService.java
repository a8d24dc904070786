package org.beltportal.core.category;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.category.internal.CategoryMapper;
import org.beltportal.core.feed.ChangeArrived;
import org.beltportal.core.feed.ChangeKind;
import org.beltportal.core.system.BeltCaches;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.LikePatterns;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.ReadMostlyCache;
import org.beltportal.core.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

@Service
public class CategoryService implements BeltCaches {

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

    /**
     * The ids of the category and of every category beneath it, from the cache; empty when the tenant has
     * no category {@code id} (another tenant's id included).
     */
    public List<Long> withDescendants(TenantId tenantId, long id) {
        List<Category> all = cached.get(tenantId);
        return all.stream().filter(category -> category.id() == id).findFirst()
                .map(top -> withDescendants(all, top)).orElse(List.of());
    }

    private static List<Long> withDescendants(List<Category> all, Category top) {
        String below = top.path() + "/";
        return all.stream().filter(c -> c.id() == top.id() || c.path().startsWith(below)).map(Category::id).toList();
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

    /** The same as {@link #update(String, TenantId, long, String, String, Long)} keeping the English name. */
    @Transactional
    public Category update(String actor, TenantId tenantId, long id, String name, Long parentId) {
        Category before = mapper.findById(tenantId, id).orElseThrow(() -> new NotFoundException("no category " + id));
        return update(actor, tenantId, id, name, before.nameEn(), parentId);
    }

    /**
     * Renames the category (in Chinese and, optionally, English) and puts it under {@code parentId} (null for the top
     * level), with everything beneath it. Refuses a parent inside the category itself and a tree deeper than a path
     * may be (422), and a path another category holds (409). Products keep their category; their paths change with it.
     */
    @Transactional
    public Category update(String actor, TenantId tenantId, long id, String name, String nameEn, Long parentId) {
        Category before = mapper.findById(tenantId, id).orElseThrow(() -> new NotFoundException("no category " + id));
        if (name == null || name.isBlank() || name.strip().length() > CategoryPath.MAX_NAME || name.contains("/")) {
            throw InvalidInputException.of("name", "must have 1 to " + CategoryPath.MAX_NAME + " characters and no /");
        }
        String englishName = englishName(nameEn);
        String newName = name.strip();
        String parentPath = "";
        if (parentId != null) {
            Category parent = mapper.findById(tenantId, parentId)
                    .orElseThrow(() -> InvalidInputException.of("parentId", "no category " + parentId + " in this portal"));
            if (parent.id() == id || parent.path().startsWith(before.path() + "/")) {
                throw InvalidInputException.of("parentId", "is the category itself or beneath it");
            }
            parentPath = parent.path() + "/";
        }
        String newPath = parentPath + newName;
        boolean moved = !newPath.equals(before.path());
        if (!moved && Objects.equals(englishName, before.nameEn())) {
            return before;
        }
        if (moved) {
            move(tenantId, before, parentId, newName, newPath);
        }
        mapper.setNameEn(tenantId, id, englishName);
        Category after = mapper.findById(tenantId, id).orElseThrow();
        audit.record(actor, tenantId, "category.update", "category", id, before, after);
        events.publishEvent(new CategoriesChanged(tenantId));
        return after;
    }

    /**
     * {@link #ensurePath(String, TenantId, String, String)}, naming the deepest category in English (null or blank:
     * its English name stays as it is). The English name is checked before anything is created.
     */
    @Transactional
    public Category ensurePath(String actor, TenantId tenantId, String field, String path, String nameEn) {
        if (nameEn == null || nameEn.isBlank()) {
            return ensurePath(actor, tenantId, field, path);
        }
        englishName(nameEn);
        return nameInEnglish(actor, tenantId, ensurePath(actor, tenantId, field, path), nameEn);
    }

    /** Sets the English name of {@code category} when it differs (blank removes it). */
    @Transactional
    public Category nameInEnglish(String actor, TenantId tenantId, Category category, String nameEn) {
        String englishName = englishName(nameEn);
        if (Objects.equals(englishName, category.nameEn())) {
            return category;
        }
        mapper.setNameEn(tenantId, category.id(), englishName);
        Category after = mapper.findById(tenantId, category.id()).orElseThrow();
        audit.record(actor, tenantId, "category.update", "category", category.id(), category, after);
        events.publishEvent(new CategoriesChanged(tenantId));
        return after;
    }

    /**
     * Names category {@code id} in English unless it has an English name already: an import fills a missing name but
     * never overwrites one (decision 0051). The condition is in the update, so of two imports naming the same category
     * at once the first wins and the second sees its name. Returns the category as it is afterwards, empty when the
     * tenant has no category {@code id} (deleted meanwhile).
     */
    @Transactional
    public Optional<Category> nameInEnglishIfUnnamed(String actor, TenantId tenantId, long id, String nameEn) {
        String englishName = englishName(nameEn);
        Optional<Category> before = mapper.findById(tenantId, id);
        if (englishName == null || before.isEmpty() || mapper.setNameEnIfNone(tenantId, id, englishName) == 0) {
            return mapper.findById(tenantId, id);
        }
        Category after = mapper.findById(tenantId, id).orElseThrow();
        audit.record(actor, tenantId, "category.update", "category", id, before.get(), after);
        events.publishEvent(new CategoriesChanged(tenantId));
        return Optional.of(after);
    }

    /**
     * Gives every category of the tenant whose Chinese name is a key of {@code namesEn} that English name: how
     * the demo belts, whose categories come from their products' paths, are named in English.
     */
    @Transactional
    public void nameInEnglish(String actor, TenantId tenantId, Map<String, String> namesEn) {
        for (Category category : mapper.findAll(tenantId)) {
            String english = namesEn.get(category.name());
            if (english != null) {
                nameInEnglish(actor, tenantId, category, english);
            }
        }
    }

    /** An English name is optional (blank: none), at most as long as a Chinese one; unlike it, it may hold "/". */
    private static String englishName(String nameEn) {
        if (nameEn == null || nameEn.isBlank()) {
            return null;
        }
        if (nameEn.strip().length() > Category.MAX_NAME_EN) {
            throw InvalidInputException.of("nameEn", "must have at most " + Category.MAX_NAME_EN + " characters");
        }
        return nameEn.strip();
    }

    private void move(TenantId tenantId, Category before, Long parentId, String newName, String newPath) {
        int deepest = mapper.findAll(tenantId).stream().filter(c -> c.path().startsWith(before.path() + "/"))
                .mapToInt(c -> depth(c.path())).max().orElse(depth(before.path()));
        if (deepest - depth(before.path()) + depth(newPath) > CategoryPath.MAX_DEPTH) {
            throw InvalidInputException.of("parentId", "would make the tree deeper than " + CategoryPath.MAX_DEPTH + " levels");
        }
        if (mapper.findByPath(tenantId, newPath).isPresent()) {
            throw new ConflictException("category " + newPath + " exists");
        }
        List<Long> moved = withDescendants(mapper.findAll(tenantId), before);
        mapper.rename(tenantId, before.id(), parentId, newName);
        String below = LikePatterns.escaped(before.path()) + "/%";
        mapper.replacePathPrefix(tenantId, before.path(), below, before.path().length(), newPath);
        events.publishEvent(new CategoryPathsChanged(tenantId, moved));
    }

    private static int depth(String path) {
        return path.split("/").length;
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
                .map(c -> new CategoryNode(c.id(), c.name(), c.path(), nodes(byParent, c.id()), c.nameEn()))
                .toList();
    }

    /** Another node's category change arrives as belt content through the change feed (decision 0043). */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(ChangeArrived event) {
        if (event.kind() == ChangeKind.CONTENT) {
            cached.invalidate(event.tenantId());
        }
    }

    @Override
    public Map<String, LongSupplier> beltCacheEntries() {
        return Map.of("category.tree", cached::size);
    }
}
