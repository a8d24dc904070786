package org.beltportal.core.product.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.product.CatalogueScan;
import org.beltportal.core.product.PriceTier;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductFilter;
import org.beltportal.core.product.ProductSort;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.product.ProductVersion;
import org.beltportal.core.system.AcrossTenants;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.tenant.TenantId;

@Mapper
@TenantScoped
public interface ProductMapper {

    Optional<ProductRow> findById(@Param("tenantId") TenantId tenantId, @Param("id") long id);

    Optional<ProductRow> findBySku(@Param("tenantId") TenantId tenantId, @Param("sku") String sku);

    /**
     * One page of the filtered listing in {@code sort}'s order, after the keyset position given (at most one
     * of {@code beforeId}, {@code afterId}, {@code afterSku}) and {@code offset} rows.
     */
    List<ProductRow> findNewestActive(@Param("tenantId") TenantId tenantId, @Param("limit") int limit);

    List<ProductRow> findList(@Param("tenantId") TenantId tenantId, @Param("filter") ProductFilter filter,
                              @Param("pattern") String pattern, @Param("categoryIds") Collection<Long> categoryIds,
                              @Param("sort") ProductSort sort, @Param("beforeId") Long beforeId,
                              @Param("afterId") Long afterId, @Param("afterSku") String afterSku,
                              @Param("offset") long offset, @Param("limit") int limit);

    /**
     * Products in id order after {@code afterId} (keyset paging for indexing and the sitemap), optionally
     * only one supplier's.
     */
    List<ProductRow> findBatch(@Param("tenantId") TenantId tenantId, @Param("supplierId") Long supplierId,
                               @Param("afterId") long afterId, @Param("limit") int limit);

    /**
     * The id of the active product at {@code position} (from 0) in id order, if there is one: a walk along
     * ix_product_tenant_recent that reads no row, so a sitemap part can start halfway through a catalogue.
     */
    Optional<Long> findActiveIdAt(@Param("tenantId") TenantId tenantId, @Param("position") long position);

    /** Ids of the active products after {@code afterId}, in id order: a range of ix_product_tenant_recent alone. */
    List<Long> findActiveIds(@Param("tenantId") TenantId tenantId, @Param("afterId") long afterId, @Param("limit") int limit);

    /** Id and last write of the active products after {@code afterId}, in id order. */
    List<ProductVersion> findActiveVersions(@Param("tenantId") TenantId tenantId, @Param("afterId") long afterId,
                                            @Param("limit") int limit);

    /** Ids of the products written at or after {@code since}, in id order: a range of ix_product_changed. */
    List<Long> findIdsChangedSince(@Param("tenantId") TenantId tenantId, @Param("since") Instant since);

    /**
     * Active products of every tenant after {@code afterId}, in id order, without their images: the index
     * rebuild's pass ({@link CatalogueScan}).
     */
    @AcrossTenants
    List<ProductRow> findActiveAcrossTenants(@Param("afterId") long afterId, @Param("limit") int limit);

    /** The same pass's progress total. */
    @AcrossTenants
    long countActiveAcrossTenants();

    long count(@Param("tenantId") TenantId tenantId, @Param("filter") ProductFilter filter, @Param("pattern") String pattern,
               @Param("categoryIds") Collection<Long> categoryIds);

    List<ProductRow> findByIds(@Param("tenantId") TenantId tenantId, @Param("ids") Collection<Long> ids);

    /** Id and last write of those of {@code ids} that exist: a cheap check before trusting copies in memory. */
    List<ProductVersion> findVersions(@Param("tenantId") TenantId tenantId, @Param("ids") Collection<Long> ids);

    /** Ids of the given SKUs that exist; SKUs compare as the column's collation does (case-insensitively). */
    List<SkuId> findSkuIds(@Param("tenantId") TenantId tenantId, @Param("skus") Collection<String> skus);

    /**
     * Inserts the row, or updates the product with the same SKU. Static SQL, so a batch executor sends a
     * run of them as one JDBC batch. An update keeps {@code attributes} (not an import column) and
     * {@code created_at}.
     */
    void upsert(@Param("tenantId") TenantId tenantId, @Param("row") WriteRow row);

    List<TierRow> findTiers(@Param("tenantId") TenantId tenantId, @Param("productIds") Collection<Long> productIds);

    void insert(@Param("row") WriteRow row);

    int update(@Param("row") WriteRow row);

    void deleteTiers(@Param("tenantId") TenantId tenantId, @Param("productId") long productId);

    void insertTiers(@Param("tenantId") TenantId tenantId, @Param("productId") long productId,
                     @Param("tiers") List<PriceTier> tiers);

    void deleteTiersOf(@Param("tenantId") TenantId tenantId, @Param("productIds") Collection<Long> productIds);

    /** One tier of any product; static SQL for the same reason as {@link #upsert}. */
    void insertTier(@Param("tenantId") TenantId tenantId, @Param("tier") TierRow tier);

    int delete(@Param("tenantId") TenantId tenantId, @Param("id") long id);

    /** Those of {@code ids} (not empty) that exist in the tenant, locked until the transaction ends. */
    List<Long> lockIds(@Param("tenantId") TenantId tenantId, @Param("ids") Collection<Long> ids);

    /** Ids of the products in any of {@code categoryIds} (not empty), in id order: a range of ix_product_category each. */
    List<Long> findIdsInCategories(@Param("tenantId") TenantId tenantId, @Param("categoryIds") Collection<Long> categoryIds);

    int updateStatusOf(@Param("tenantId") TenantId tenantId, @Param("ids") Collection<Long> ids,
                       @Param("status") ProductStatus status, @Param("now") Instant now);

    int updateCategoryOf(@Param("tenantId") TenantId tenantId, @Param("ids") Collection<Long> ids,
                         @Param("categoryId") long categoryId, @Param("now") Instant now);

    int deleteAll(@Param("tenantId") TenantId tenantId, @Param("ids") Collection<Long> ids);

    /** Carrier for writes: the normalised draft plus keys, resolved category and derived lowest price. */
    final class WriteRow {
        public Long id;
        public final TenantId tenantId;
        public final ProductDraft draft;
        public final Long categoryId;
        public final BigDecimal minPrice;
        public final Instant now;

        public WriteRow(Long id, TenantId tenantId, ProductDraft draft, BigDecimal minPrice, Long categoryId,
                        Instant now) {
            this.id = id;
            this.tenantId = tenantId;
            this.draft = draft;
            this.categoryId = categoryId;
            this.minPrice = minPrice;
            this.now = now;
        }
    }
}
