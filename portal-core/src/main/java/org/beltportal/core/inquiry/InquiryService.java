package org.beltportal.core.inquiry;

import java.time.Clock;
import java.util.Map;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.inquiry.internal.InquiryMapper;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.Problems;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Buyer inquiries of one portal: submitted by buyers, read and triaged by its operators. */
@Service
public class InquiryService {

    private final InquiryMapper mapper;
    private final ProductService products;
    private final InquiryRateLimiter limiter;
    private final SenderHasher hasher;
    private final AuditLog audit;
    private final Clock clock;

    InquiryService(InquiryMapper mapper, ProductService products, InquiryRateLimiter limiter, SenderHasher hasher,
                   AuditLog audit, Clock clock) {
        this.mapper = mapper;
        this.products = products;
        this.limiter = limiter;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores a buyer's inquiry about an active product of this portal. In this order: invalid fields
     * (InvalidInputException), a product that is not an active one of this portal (NotFoundException:
     * the same answer whether the id is free, inactive or another portal's), then the limits
     * (TooManyRequestsException). Only an inquiry that would be stored counts against them, so requests
     * about missing products cannot use up a portal's allowance (decision 0018); the product read costs
     * what a product page costs anyone. A trapped sender's inquiry is stored as spam, where operators can
     * still see it.
     */
    public Inquiry submit(TenantId tenantId, InquiryDraft draft, Sender sender) {
        InquiryDraft valid = draft.cleaned();
        Problems problems = new Problems();
        valid.validate(problems);
        problems.throwIfAny();
        Product product = products.find(tenantId, valid.productId())
                .filter(found -> found.isActive() && tenantId.equals(found.tenantId()))
                .orElseThrow(() -> new NotFoundException("no product " + valid.productId()));
        limiter.acquire(tenantId, sender.address());
        InquiryMapper.NewRow row = new InquiryMapper.NewRow(tenantId, valid, product.supplierId(), product.title(),
                sender.trapped() ? InquiryStatus.SPAM : InquiryStatus.NEW, hasher.hash(sender.address()), clock.instant());
        mapper.insert(row);
        return require(tenantId, row.id);
    }

    public Inquiry require(TenantId tenantId, long id) {
        return mapper.findById(tenantId, id).orElseThrow(() -> new NotFoundException("no inquiry " + id));
    }

    /** Newest first; {@code status} null for every status. */
    public ResultPage<Inquiry> page(TenantId tenantId, InquiryStatus status, PageQuery query) {
        return ResultPage.of(mapper.findPage(tenantId, status, query.offset(), query.size()), mapper.count(tenantId, status),
                query);
    }

    /**
     * Sets the status an operator chose. The audit entry holds the status before and after only: the
     * buyer's contact details stay in one table, where deleting them is one statement.
     */
    @Transactional
    public Inquiry markStatus(String actor, TenantId tenantId, long id, InquiryStatus status) {
        if (status == null) {
            throw InvalidInputException.of("status", "is required");
        }
        Inquiry before = require(tenantId, id);
        if (before.status() == status) {
            return before;
        }
        mapper.updateStatus(tenantId, id, status, clock.instant());
        audit.record(actor, tenantId, "inquiry.status", "inquiry", id, Map.of("status", before.status()),
                Map.of("status", status));
        return require(tenantId, id);
    }
}
