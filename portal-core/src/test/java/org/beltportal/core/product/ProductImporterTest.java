package org.beltportal.core.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.AdditionalAnswers.delegatesTo;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.beltportal.core.audit.AuditEntry;
import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.category.Category;
import org.beltportal.core.category.CategoryService;
import org.beltportal.core.feed.FeedPoller;
import org.beltportal.core.product.internal.ProductMapper;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.core.testing.TwoBelts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/** The batch path of bulk import against the real database: the same rules as one-by-one writes, fewer statements. */
@SpringBootTest
class ProductImporterTest extends TestDatabase {

    /** Import batches publish their index update in their own transaction: collected here. */
    @TestConfiguration
    static class Listeners {
        final List<Object> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ProductsChanged event) {
            received.add(event);
        }

        @EventListener
        void on(ProductChanged event) {
            received.add(event);
        }
    }

    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    ProductService products;
    @Autowired
    ProductImporter importer;
    @Autowired
    AuditLog audit;
    @Autowired
    Listeners listeners;

    TwoBelts belts;

    @BeforeEach
    void twoTenantsWithOneSupplierEach() {
        belts = TwoBelts.create(tenants, suppliers);
    }

    ProductDraft draft(String sku, String title, long supplierId) {
        return Fixtures.product(sku, title, supplierId);
    }

    List<ProductDraft> drafts(int count) {
        List<ProductDraft> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            drafts.add(draft("IMP-" + i, "连衣裙 " + i, belts.zhiliSupplier()));
        }
        return drafts;
    }

    @Test
    void createsThenUpdatesBySkuKeepingIdsAndCreationTime() {
        ProductImport first = new ProductImport("importer", belts.zhili().id(), true);
        assertThat(importer.importBatch(first, drafts(300))).isEmpty();
        Product before = products.findBySku(belts.zhili().id(), "IMP-7").orElseThrow();

        ProductImport again = new ProductImport("importer", belts.zhili().id(), true);
        assertThat(importer.importBatch(again, drafts(300))).isEmpty();
        Product after = products.findBySku(belts.zhili().id(), "IMP-7").orElseThrow();

        assertThat(first.created()).isEqualTo(300);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(300);
        assertThat(products.page(belts.zhili().id(), ProductFilter.none(), new PageQuery(0, 1)).total()).isEqualTo(300);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.createdAt()).isEqualTo(before.createdAt());
        assertThat(after).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(before);
        assertThat(after.priceTiers()).extracting(PriceTier::minQty).containsExactly(30, 300);
        assertThat(after.minPrice()).isEqualByComparingTo("22.50");
        assertThat(after.category()).isEqualTo("童装/女童/连衣裙");
    }

    @Test
    void updateReplacesTiersAndKeepsAttributesWhichImportsDoNotCarry() {
        Product existing = products.create("tester", belts.zhili().id(), draft("KEEP-1", "旧标题", belts.zhiliSupplier()));
        ProductDraft changed = new ProductDraft("keep-1", "新标题", null, null, null, belts.zhiliSupplier(), 5, null,
                List.of(new PriceTier(5, new BigDecimal("9.90"))), Map.of(), List.of("/a.jpg"), ProductStatus.INACTIVE);

        ProductImport run = new ProductImport("importer", belts.zhili().id(), true);
        assertThat(importer.importBatch(run, List.of(changed))).isEmpty();

        Product after = products.require(belts.zhili().id(), existing.id());
        assertThat(run.updated()).isEqualTo(1);
        assertThat(after.sku()).isEqualTo("keep-1");
        assertThat(after.title()).isEqualTo("新标题");
        assertThat(after.priceTiers()).containsExactly(new PriceTier(5, new BigDecimal("9.90")));
        assertThat(after.attributes()).containsEntry("材质", "纯棉");
        assertThat(after.category()).isNull();
        assertThat(after.status()).isEqualTo(ProductStatus.INACTIVE);
    }

    @Test
    void repeatedSkuInOneBatchEndsAsItsLastRow() {
        ProductImport run = new ProductImport("importer", belts.zhili().id(), true);
        importer.importBatch(run, List.of(draft("TWICE-1", "第一次", belts.zhiliSupplier()), draft("twice-1", "第二次", belts.zhiliSupplier())));

        assertThat(products.findBySku(belts.zhili().id(), "TWICE-1")).map(Product::title).contains("第二次");
        assertThat(run.created()).isEqualTo(1);
        assertThat(run.updated()).isEqualTo(1);
    }

    @Test
    void supplierOfAnotherTenantIsRefusedWhileTheOtherRowsLand() {
        ProductImport run = new ProductImport("importer", belts.zhili().id(), true);
        List<DraftProblem> problems = importer.importBatch(run, List.of(draft("OK-1", "好", belts.zhiliSupplier()),
                draft("THEIRS-1", "越界", belts.baigouSupplier()), draft("OK-2", "好", belts.zhiliSupplier())));

        assertThat(problems).extracting(DraftProblem::index, DraftProblem::field, DraftProblem::message)
                .containsExactly(tuple(1, "supplierId", "no supplier " + belts.baigouSupplier() + " in this portal"));
        assertThat(run.created()).isEqualTo(2);
        assertThat(run.failed()).isEqualTo(1);
        assertThat(products.findBySku(belts.zhili().id(), "THEIRS-1")).isEmpty();
        assertThat(products.findBySku(belts.baigou().id(), "THEIRS-1")).isEmpty();
    }

    @Test
    void invalidDraftsAreReportedByPositionAndField() {
        ProductDraft noTiers = new ProductDraft("BAD-1", "无价", null, null, null, belts.zhiliSupplier(), 1, null, List.of(),
                Map.of(), List.of(), null);
        List<DraftProblem> problems = importer.importBatch(new ProductImport("importer", belts.zhili().id(), true),
                List.of(draft("GOOD-1", "好", belts.zhiliSupplier()), noTiers));

        assertThat(problems).extracting(DraftProblem::index, DraftProblem::field)
                .containsExactly(tuple(1, "priceTiers"));
        assertThat(products.findBySku(belts.zhili().id(), "GOOD-1")).isPresent();
    }

    @Test
    void anEnglishCategoryNameSetWhileTheRunHoldsItsCategoryIsNotOverwrittenButReported(@Autowired CategoryService categories) {
        ProductImport run = new ProductImport("importer", belts.zhili().id(), true);
        assertThat(importer.importBatch(run, List.of(draft("EN-1", "先导入", belts.zhiliSupplier())))).isEmpty();
        Category held = categories.findByPath(belts.zhili().id(), "童装/女童/连衣裙").orElseThrow();
        categories.nameInEnglish("console", belts.zhili().id(), held, "Girls' dresses");

        List<DraftProblem> problems = importer.importBatch(run,
                List.of(draft("EN-2", "后导入", belts.zhiliSupplier()), draft("EN-3", "同名", belts.zhiliSupplier())),
                List.of("Dresses", "Girls' dresses"));

        assertThat(problems).extracting(DraftProblem::index, DraftProblem::field).containsExactly(tuple(0, "categoryEn"));
        assertThat(categories.findByPath(belts.zhili().id(), "童装/女童/连衣裙")).map(Category::nameEn).contains("Girls' dresses");
        assertThat(products.findBySku(belts.zhili().id(), "EN-2")).isEmpty();
        assertThat(products.findBySku(belts.zhili().id(), "EN-3")).isPresent();
    }

    @Test
    void anotherTenantsCategoryIsNeverNamedByItsId(@Autowired CategoryService categories) {
        Category theirs = categories.ensurePath("other", belts.baigou().id(), "category", "箱包/双肩包");

        assertThat(categories.nameInEnglishIfUnnamed("importer", belts.zhili().id(), theirs.id(), "Backpacks")).isEmpty();
        assertThat(categories.findByPath(belts.baigou().id(), "箱包/双肩包")).map(Category::nameEn).isEmpty();
    }

    @Test
    void sameSkusInAnotherTenantAreOtherProducts() {
        importer.importBatch(new ProductImport("importer", belts.zhili().id(), true), List.of(draft("SAME-1", "织里款", belts.zhiliSupplier())));
        importer.importBatch(new ProductImport("importer", belts.baigou().id(), true), List.of(draft("SAME-1", "白沟款", belts.baigouSupplier())));

        assertThat(products.findBySku(belts.zhili().id(), "SAME-1")).map(Product::title).contains("织里款");
        assertThat(products.findBySku(belts.baigou().id(), "SAME-1")).map(Product::title).contains("白沟款");
    }

    @Test
    void oneEventPerBatchAndNoneOneByOne() {
        ProductImport run = new ProductImport("importer", belts.zhili().id(), true);
        importer.importBatch(run, drafts(120));
        importer.importBatch(run, List.of(draft("IMP-0", "改", belts.zhiliSupplier()), draft("LAST-1", "新", belts.zhiliSupplier())));
        importer.finish(run, 1, "products.csv");

        List<ProductsChanged> batches = listeners.received.stream()
                .filter(event -> event instanceof ProductsChanged changed && changed.tenantId().equals(belts.zhili().id()))
                .map(ProductsChanged.class::cast).toList();
        assertThat(batches).extracting(event -> event.productIds().size()).containsExactly(120, 2);
        assertThat(listeners.received).noneMatch(event -> event instanceof ProductChanged changed
                && changed.tenantId().equals(belts.zhili().id()));
    }

    @Test
    void eventCarriesCreatedProductsExactlyAsTheirRowsReadAndNotUpdatedOnes() {
        ProductImport run = new ProductImport("importer", belts.zhili().id(), true);
        importer.importBatch(run, drafts(3));
        ProductDraft plain = draft("NEW-1", " 新款 ", belts.zhiliSupplier());
        ProductDraft rich = new ProductDraft("NEW-2", "加厚 羽绒服", "Down coat", "保暖 轻薄", " 童装 / 男童 ", belts.zhiliSupplier(),
                5, null, List.of(new PriceTier(50, new BigDecimal("9.9")), new PriceTier(5, new BigDecimal("12"))),
                Map.of("颜色", "黑"), List.of("/img/a.jpg"), null);
        importer.importBatch(run, List.of(draft("IMP-0", "改", belts.zhiliSupplier()), plain, rich));
        importer.finish(run, 1, "products.csv");

        ProductsChanged last = listeners.received.stream()
                .filter(event -> event instanceof ProductsChanged changed && changed.tenantId().equals(belts.zhili().id()))
                .map(ProductsChanged.class::cast).toList().getLast();
        assertThat(last.productIds()).hasSize(3);
        assertThat(last.created()).extracting(Product::sku).containsExactly("NEW-1", "NEW-2");
        List<Long> createdIds = last.created().stream().map(Product::id).toList();
        assertThat(last.created()).isEqualTo(products.findByIds(belts.zhili().id(), createdIds));
        assertThat(products.updatedAt(belts.zhili().id(), createdIds)).containsValues(last.created().getFirst().updatedAt());
    }

    @Test
    void oneAuditEntryPerImportWithItsCounts() {
        ProductImport run = new ProductImport("importer", belts.zhili().id(), true);
        importer.importBatch(run, drafts(40));
        importer.importBatch(run, List.of(draft("IMP-0", "改", belts.zhiliSupplier()), draft("X", "越界", belts.baigouSupplier())));
        run.countFailed(2);
        importer.finish(run, 99, "products.csv");

        List<AuditEntry> entries = audit.forTenant(belts.zhili().id(), null, 200);
        assertThat(entries).filteredOn(entry -> entry.action().startsWith("product.")).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("product.import");
            assertThat(entry.entityType()).isEqualTo("job");
            assertThat(entry.entityId()).isEqualTo("99");
            assertThat(entry.after()).isEqualTo("{\"file\":\"products.csv\",\"created\":40,\"updated\":1,\"failed\":3}");
        });
        assertThat(entries).filteredOn(entry -> entry.action().equals("category.create")).hasSize(3);
    }

    @Test
    void batchRefusedByTheDatabaseIsRetriedRowByRow(@Autowired SqlSessionFactory sessions,
                                                    @Autowired CategoryService categories,
                                                    @Autowired ApplicationEventPublisher publisher,
                                                    @Autowired FeedPoller poller,
                                                    @Autowired TransactionTemplate transaction) {
        ProductMapper batch = new SqlSessionTemplate(sessions, ExecutorType.BATCH).getMapper(ProductMapper.class);
        ProductMapper refusesBoom = mock(ProductMapper.class, delegatesTo(batch));
        doThrow(new DataIntegrityViolationException("refused")).when(refusesBoom)
                .upsert(any(), argThat(row -> row.draft.sku().startsWith("BOOM")));
        ImportIndexFeed feed = new ImportIndexFeed(poller);
        ProductImporter faulty = new ProductImporter(refusesBoom, suppliers, categories, audit, feed, transaction,
                Clock.systemUTC(), publisher);

        ProductImport run = new ProductImport("importer", belts.zhili().id(), true);
        List<DraftProblem> problems = faulty.importBatch(run, List.of(draft("FINE-1", "好", belts.zhiliSupplier()),
                draft("BOOM-1", "坏", belts.zhiliSupplier()), draft("FINE-2", "好", belts.zhiliSupplier())));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.index()).isEqualTo(1);
            assertThat(problem.field()).isNull();
            assertThat(problem.message()).startsWith("the database refused this row");
        });
        assertThat(products.findBySku(belts.zhili().id(), "FINE-1")).isPresent();
        assertThat(products.findBySku(belts.zhili().id(), "FINE-2")).isPresent();
        assertThat(products.findBySku(belts.zhili().id(), "BOOM-1")).isEmpty();
        assertThat(run.created()).isEqualTo(2);
        assertThat(run.failed()).isEqualTo(1);
    }
}
