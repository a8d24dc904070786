package org.beltportal.core.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.beltportal.core.audit.AuditEntry;
import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductDraft;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.product.ProductStatus;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.system.TooManyRequestsException;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Service and mapper on the real server, with two portals holding the same product. */
@SpringBootTest
class InquiryServiceTest extends TestDatabase {

    static final Sender BUYER = Sender.of("203.0.113.7");

    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    ProductService products;
    @Autowired
    InquiryService inquiries;
    @Autowired
    AuditLog audit;

    Tenant zhili;
    Tenant baigou;
    Product dress;
    Product baigouDress;
    long zhiliSupplier;

    @BeforeEach
    void twoPortalsWithTheSameProduct() {
        zhili = tenants.create("tester", Fixtures.uniqueSlug("zhili"), Fixtures.settings("织里"), List.of());
        baigou = tenants.create("tester", Fixtures.uniqueSlug("baigou"), Fixtures.settings("白沟"), List.of());
        zhiliSupplier = suppliers.create("tester", zhili.id(), Fixtures.supplier("织里服饰")).id();
        long baigouSupplier = suppliers.create("tester", baigou.id(), Fixtures.supplier("白沟箱包")).id();
        dress = products.create("tester", zhili.id(), Fixtures.product("SAME-1", "女童连衣裙", zhiliSupplier));
        baigouDress = products.create("tester", baigou.id(), Fixtures.product("SAME-1", "女童连衣裙", baigouSupplier));
    }

    private static InquiryDraft about(long productId, String name) {
        return new InquiryDraft(productId, 300, name, "杭州童趣贸易", "１３８ ０５７１ ２３４５", null, "请报价\r\n谢谢");
    }

    @Test
    void submittedInquiryIsStoredCleanedWithSupplierTitleAndHashedSender() {
        Inquiry stored = inquiries.submit(zhili.id(), about(dress.id(), " 王丽 👩 "), BUYER);

        assertThat(stored.tenantId()).isEqualTo(zhili.id());
        assertThat(stored.status()).isEqualTo(InquiryStatus.NEW);
        assertThat(stored.name()).isEqualTo("王丽 👩");
        assertThat(stored.phone()).isEqualTo("138 0571 2345");
        assertThat(stored.message()).isEqualTo("请报价\n谢谢");
        assertThat(stored.supplierId()).isEqualTo(zhiliSupplier);
        assertThat(stored.productTitle()).isEqualTo("女童连衣裙");
        assertThat(stored.senderHash()).hasSize(64).doesNotContain("203.0.113.7");
        assertThat(stored.createdAt()).isNotNull();
        assertThat(inquiries.submit(zhili.id(), about(dress.id(), "李"), Sender.of("203.0.113.8")).senderHash())
                .isNotEqualTo(stored.senderHash());
        assertThat(inquiries.submit(zhili.id(), about(dress.id(), "王"), BUYER).senderHash()).isEqualTo(stored.senderHash());
    }

    @Test
    void anotherPortalsProductIsNotFoundAndNothingIsStored() {
        assertThatThrownBy(() -> inquiries.submit(zhili.id(), about(baigouDress.id(), "越界"), BUYER))
                .isInstanceOf(NotFoundException.class);

        assertThat(inquiries.page(zhili.id(), InquiryFilter.ALL, new PageQuery(0, 10)).total()).isZero();
        assertThat(inquiries.page(baigou.id(), InquiryFilter.ALL, new PageQuery(0, 10)).total()).isZero();
    }

    @Test
    void inactiveProductIsNotFound() {
        ProductDraft inactive = new ProductDraft("OFF-1", "下架", null, null, null, zhiliSupplier, 1, "件",
                Fixtures.product("X", "x", zhiliSupplier).priceTiers(), null, null, ProductStatus.INACTIVE);
        long id = products.create("tester", zhili.id(), inactive).id();

        assertThatThrownBy(() -> inquiries.submit(zhili.id(), about(id, "王丽"), BUYER)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void trappedSenderIsStoredAsSpam() {
        Inquiry stored = inquiries.submit(zhili.id(), about(dress.id(), "bot"), new Sender("203.0.113.9", true));

        assertThat(stored.status()).isEqualTo(InquiryStatus.SPAM);
        assertThat(inquiries.page(zhili.id(), InquiryFilter.ofStatus(InquiryStatus.NEW), new PageQuery(0, 10)).total()).isZero();
    }

    @Test
    void invalidInquiryIsRefusedBeforeItCountsAgainstTheLimit() {
        InquiryDraft nameless = about(dress.id(), "");
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> inquiries.submit(zhili.id(), nameless, BUYER)).isInstanceOf(InvalidInputException.class);
        }

        assertThat(inquiries.submit(zhili.id(), about(dress.id(), "王丽"), BUYER).id()).isPositive();
    }

    @Test
    void inquiriesAboutMissingProductsCostNoAllowance() {
        for (int i = 0; i < 10; i++) {
            long missing = Long.MAX_VALUE - i;
            assertThatThrownBy(() -> inquiries.submit(zhili.id(), about(missing, "王丽"), BUYER))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> inquiries.submit(zhili.id(), about(baigouDress.id(), "王丽"), BUYER))
                    .isInstanceOf(NotFoundException.class);
        }

        assertThat(inquiries.submit(zhili.id(), about(dress.id(), "王丽"), BUYER).id()).isPositive();
    }

    @Test
    void sixthInquiryFromOneAddressIsRefused() {
        for (int i = 0; i < 5; i++) {
            inquiries.submit(zhili.id(), about(dress.id(), "王丽" + i), Sender.of("198.51.100.5"));
        }

        assertThatThrownBy(() -> inquiries.submit(zhili.id(), about(dress.id(), "王丽"), Sender.of("198.51.100.5")))
                .isInstanceOf(TooManyRequestsException.class);
        assertThat(inquiries.submit(baigou.id(), about(baigouDress.id(), "王丽"), Sender.of("198.51.100.5")).id()).isPositive();
    }

    @Test
    void listingIsNewestFirstFilteredByStatusAndPerPortal() {
        Inquiry first = inquiries.submit(zhili.id(), about(dress.id(), "甲"), Sender.of("192.0.2.1"));
        Inquiry second = inquiries.submit(zhili.id(), about(dress.id(), "乙"), Sender.of("192.0.2.2"));
        inquiries.submit(baigou.id(), about(baigouDress.id(), "丙"), Sender.of("192.0.2.3"));
        inquiries.markStatus("operator", zhili.id(), first.id(), InquiryStatus.HANDLED);

        ResultPage<Inquiry> all = inquiries.page(zhili.id(), InquiryFilter.ALL, new PageQuery(0, 10));
        assertThat(all.items()).extracting(Inquiry::id).containsExactly(second.id(), first.id());
        assertThat(all.total()).isEqualTo(2);
        assertThat(inquiries.page(zhili.id(), InquiryFilter.ofStatus(InquiryStatus.HANDLED), new PageQuery(0, 10)).items())
                .extracting(Inquiry::name).containsExactly("甲");
    }

    @Test
    void statusChangeIsAuditedWithoutTheBuyersDetails() {
        Inquiry stored = inquiries.submit(zhili.id(), about(dress.id(), "王丽"), BUYER);

        Inquiry handled = inquiries.markStatus("operator", zhili.id(), stored.id(), InquiryStatus.HANDLED);

        assertThat(handled.status()).isEqualTo(InquiryStatus.HANDLED);
        AuditEntry entry = audit.forTenant(zhili.id(), null, 1).getFirst();
        assertThat(entry.action()).isEqualTo("inquiry.status");
        assertThat(entry.actor()).isEqualTo("operator");
        assertThat(entry.before()).isEqualTo("{\"status\":\"new\"}");
        assertThat(entry.after()).isEqualTo("{\"status\":\"handled\"}");
    }

    @Test
    void anotherPortalsInquiryCannotBeReadOrChanged() {
        Inquiry inBaigou = inquiries.submit(baigou.id(), about(baigouDress.id(), "王丽"), BUYER);

        assertThatThrownBy(() -> inquiries.require(zhili.id(), inBaigou.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inquiries.markStatus("operator", zhili.id(), inBaigou.id(), InquiryStatus.SPAM))
                .isInstanceOf(NotFoundException.class);
        assertThat(inquiries.require(baigou.id(), inBaigou.id()).status()).isEqualTo(InquiryStatus.NEW);
    }

    @Test
    void filtersCombineSupplierProductDatesAndTextWithWildcardsTakenLiterally() {
        long otherSupplier = suppliers.create("tester", zhili.id(), Fixtures.supplier("湖州童装")).id();
        Product coat = products.create("tester", zhili.id(), Fixtures.product("COAT-1", "男童外套", otherSupplier));
        Inquiry aboutDress = inquiries.submit(zhili.id(), new InquiryDraft(dress.id(), 100, "赵敏", "绍兴100%纺织", "13805710001",
                null, "要样品"), Sender.of("192.0.2.11"));
        Inquiry aboutCoat = inquiries.submit(zhili.id(), new InquiryDraft(coat.id(), 100, "钱伟", "宁波童装_贸易", "13805710002",
                null, "大货价格"), Sender.of("192.0.2.12"));
        inquiries.submit(baigou.id(), new InquiryDraft(baigouDress.id(), 100, "赵敏", "绍兴100%纺织", "13805710003", null, null),
                Sender.of("192.0.2.13"));

        assertThat(ids(new InquiryFilter(null, zhiliSupplier, null, null, null, null))).containsExactly(aboutDress.id());
        assertThat(ids(new InquiryFilter(null, null, coat.id(), null, null, null))).containsExactly(aboutCoat.id());
        assertThat(ids(new InquiryFilter(null, null, null, null, null, "赵敏"))).containsExactly(aboutDress.id());
        assertThat(ids(new InquiryFilter(null, null, null, null, null, "外套"))).containsExactly(aboutCoat.id());
        assertThat(ids(new InquiryFilter(null, null, null, null, null, "100%"))).containsExactly(aboutDress.id());
        assertThat(ids(new InquiryFilter(null, null, null, null, null, "%"))).containsExactly(aboutDress.id());
        assertThat(ids(new InquiryFilter(null, null, null, null, null, "_"))).containsExactly(aboutCoat.id());
        assertThat(ids(new InquiryFilter(InquiryStatus.NEW, null, null, aboutDress.createdAt(),
                aboutDress.createdAt().plusSeconds(3600), null))).contains(aboutDress.id());
        assertThat(ids(new InquiryFilter(null, null, null, aboutDress.createdAt().plusSeconds(3600), null, null))).isEmpty();
        assertThatThrownBy(() -> ids(new InquiryFilter(null, null, null, aboutDress.createdAt(), aboutDress.createdAt(), null)))
                .isInstanceOf(InvalidInputException.class);
    }

    private List<Long> ids(InquiryFilter filter) {
        return inquiries.page(zhili.id(), filter, new PageQuery(0, 50)).items().stream().map(Inquiry::id).toList();
    }

    @Test
    void exportWalksEveryMatchingInquiryNewestFirst() {
        List<Long> submitted = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            submitted.addFirst(inquiries.submit(zhili.id(), about(dress.id(), "买家" + i), Sender.of("192.0.2." + (20 + i))).id());
        }
        List<Long> exported = new java.util.ArrayList<>();

        inquiries.forEach(zhili.id(), InquiryFilter.ALL, inquiry -> exported.add(inquiry.id()));

        assertThat(exported).isEqualTo(submitted);
    }

    @Test
    void notesAreKeptWithAuthorAndTimeAndStayInTheirPortal() {
        Inquiry stored = inquiries.submit(zhili.id(), about(dress.id(), "王丽"), BUYER);
        Inquiry inBaigou = inquiries.submit(baigou.id(), about(baigouDress.id(), "王丽"), Sender.of("192.0.2.40"));

        InquiryNote note = inquiries.addNote("operator", zhili.id(), stored.id(), "  已电话联系，\r\n下周寄样  ");

        assertThat(note.author()).isEqualTo("operator");
        assertThat(note.createdAt()).isNotNull();
        assertThat(inquiries.notes(zhili.id(), stored.id())).singleElement()
                .satisfies(saved -> assertThat(saved.body()).isEqualTo("已电话联系，\n下周寄样"));
        assertThatThrownBy(() -> inquiries.addNote("operator", zhili.id(), inBaigou.id(), "偷看"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inquiries.notes(zhili.id(), inBaigou.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inquiries.addNote("operator", zhili.id(), stored.id(), "   "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> inquiries.addNote("operator", zhili.id(), stored.id(), "长".repeat(InquiryNote.MAX_BODY + 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(inquiries.notes(baigou.id(), inBaigou.id())).isEmpty();
    }
}
