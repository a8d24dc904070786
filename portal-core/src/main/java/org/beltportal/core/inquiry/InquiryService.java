package org.beltportal.core.inquiry;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.inquiry.internal.InquiryMapper;
import org.beltportal.core.insight.InsightRecorder;
import org.beltportal.core.insight.VisitSource;
import org.beltportal.core.product.Product;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.system.Problems;
import org.beltportal.core.system.ResultPage;
import org.beltportal.core.tenant.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Buyer inquiries of one portal: submitted by buyers, read, annotated and triaged by its operators. */
@Service
public class InquiryService {

    /** Rows per read when an export walks every matching inquiry: bounded memory, few round trips. */
    private static final int EXPORT_BATCH = 500;

    private final InquiryMapper mapper;
    private final ProductService products;
    private final InquiryRateLimiter limiter;
    private final SenderHasher hasher;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final InsightRecorder insight;

    InquiryService(InquiryMapper mapper, ProductService products, InquiryRateLimiter limiter, SenderHasher hasher,
                   AuditLog audit, ApplicationEventPublisher events, Clock clock, InsightRecorder insight) {
        this.mapper = mapper;
        this.products = products;
        this.limiter = limiter;
        this.hasher = hasher;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.insight = insight;
    }

    /**
     * Stores a buyer's inquiry about an active product of this portal. In this order: invalid fields
     * (InvalidInputException), a product that is not an active one of this portal (NotFoundException:
     * the same answer whether the id is free, inactive or another portal's), then the limits
     * (TooManyRequestsException). Only an inquiry that would be stored counts against them, so requests
     * about missing products cannot use up a portal's allowance (decision 0018); the product read costs
     * what a product page costs anyone. A trapped sender's inquiry is stored as spam, where operators can
     * still see it. A new (not spam) inquiry is announced with {@link InquirySubmitted} in the same
     * transaction, so its notifications are stored with it; none is sent while the buyer waits.
     */
    @Transactional
    public Inquiry submit(TenantId tenantId, InquiryDraft draft, Sender sender) {
        return submit(tenantId, draft, sender, VisitSource.DIRECT);
    }

    /**
     * {@link #submit(TenantId, InquiryDraft, Sender)} from a page the buyer reached through {@code source}; a new
     * inquiry is counted under that source for insight once its transaction commits.
     */
    @Transactional
    public Inquiry submit(TenantId tenantId, InquiryDraft draft, Sender sender, VisitSource source) {
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
        Inquiry stored = require(tenantId, row.id);
        if (stored.status() == InquiryStatus.NEW) {
            events.publishEvent(new InquirySubmitted(stored));
            countAfterCommit(tenantId, source);
        }
        return stored;
    }

    private void countAfterCommit(TenantId tenantId, VisitSource source) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            insight.inquiry(tenantId, source);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                insight.inquiry(tenantId, source);
            }
        });
    }

    public Inquiry require(TenantId tenantId, long id) {
        return mapper.findById(tenantId, id).orElseThrow(() -> new NotFoundException("no inquiry " + id));
    }

    /** Newest first. */
    public ResultPage<Inquiry> page(TenantId tenantId, InquiryFilter filter, PageQuery query) {
        check(filter);
        return ResultPage.of(mapper.findPage(tenantId, filter, null, query.offset(), query.size()), mapper.count(tenantId, filter),
                query);
    }

    /**
     * Newest first, at most {@code size}, older than {@code beforeId} when given (keyset paging: pass the last id
     * of a page for the next). No count: the console's inbox pages by id, so a large inbox costs one index range.
     */
    public List<Inquiry> newestBefore(TenantId tenantId, InquiryFilter filter, Long beforeId, int size) {
        check(filter);
        return mapper.findPage(tenantId, filter, beforeId, 0, size);
    }

    /**
     * Hands every matching inquiry, newest first, to {@code each}, reading a batch at a time (by id, not by
     * offset, so a long export neither slows down nor skips rows as new inquiries arrive).
     */
    public void forEach(TenantId tenantId, InquiryFilter filter, Consumer<Inquiry> each) {
        check(filter);
        Long before = null;
        List<Inquiry> batch;
        do {
            batch = mapper.findPage(tenantId, filter, before, 0, EXPORT_BATCH);
            batch.forEach(each);
            before = batch.isEmpty() ? null : batch.getLast().id();
        } while (batch.size() == EXPORT_BATCH);
    }

    /** Adds an operator's note to an inquiry of this portal. */
    @Transactional
    public InquiryNote addNote(String author, TenantId tenantId, long inquiryId, String body) {
        require(tenantId, inquiryId);
        String text = InquiryText.lines(body);
        Problems problems = new Problems();
        problems.require(text != null, "body", "is required");
        problems.require(text == null || InquiryText.isWellFormed(text), "body", "contains characters that are not text");
        problems.require(text == null || InquiryText.length(text) <= InquiryNote.MAX_BODY, "body",
                "must be at most " + InquiryNote.MAX_BODY + " characters");
        problems.throwIfAny();
        InquiryMapper.NoteRow row = new InquiryMapper.NoteRow(tenantId, inquiryId, author, text, clock.instant());
        mapper.insertNote(row);
        audit.record(author, tenantId, "inquiry.note", "inquiry", inquiryId, null, Map.of("note", row.id));
        return new InquiryNote(row.id, inquiryId, author, text, row.now);
    }

    /** The notes of an inquiry of this portal, oldest first. */
    public List<InquiryNote> notes(TenantId tenantId, long inquiryId) {
        require(tenantId, inquiryId);
        return mapper.findNotes(tenantId, inquiryId);
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

    private static void check(InquiryFilter filter) {
        Problems problems = new Problems();
        problems.require(filter.text() == null || filter.text().length() <= InquiryFilter.MAX_TEXT, "q",
                "must be at most " + InquiryFilter.MAX_TEXT + " characters");
        problems.require(filter.from() == null || filter.until() == null || filter.from().isBefore(filter.until()), "from",
                "must be before to");
        problems.throwIfAny();
    }
}
