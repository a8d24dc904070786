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
}
