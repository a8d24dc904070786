package org.beltportal.core.inquiry.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.inquiry.Inquiry;
import org.beltportal.core.inquiry.InquiryDraft;
import org.beltportal.core.inquiry.InquiryFilter;
import org.beltportal.core.inquiry.InquiryNote;
import org.beltportal.core.inquiry.InquiryStatus;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.tenant.TenantId;

@Mapper
@TenantScoped
public interface InquiryMapper {

    Optional<Inquiry> findById(@Param("tenantId") TenantId tenantId, @Param("id") long id);

    /** Newest first; with {@code beforeId} only those older than that one (the next batch of an export). */
    List<Inquiry> findPage(@Param("tenantId") TenantId tenantId, @Param("filter") InquiryFilter filter,
                           @Param("beforeId") Long beforeId, @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("tenantId") TenantId tenantId, @Param("filter") InquiryFilter filter);

    void insertNote(@Param("row") NoteRow row);

    /** Oldest first. */
    List<InquiryNote> findNotes(@Param("tenantId") TenantId tenantId, @Param("inquiryId") long inquiryId);

    void insert(@Param("row") NewRow row);

    int updateStatus(@Param("tenantId") TenantId tenantId, @Param("id") long id, @Param("status") InquiryStatus status,
                     @Param("now") Instant now);

    /** Carrier for an insert: the cleaned draft and what the service derived; {@code id} is filled in. */
    final class NewRow {
        public Long id;
        public final TenantId tenantId;
        public final InquiryDraft draft;
        public final Long supplierId;
        public final String productTitle;
        public final InquiryStatus status;
        public final String senderHash;
        public final Instant now;

        public NewRow(TenantId tenantId, InquiryDraft draft, Long supplierId, String productTitle, InquiryStatus status,
               String senderHash, Instant now) {
            this.tenantId = tenantId;
            this.draft = draft;
            this.supplierId = supplierId;
            this.productTitle = productTitle;
            this.status = status;
            this.senderHash = senderHash;
            this.now = now;
        }
    }

    final class NoteRow {
        public Long id;
        public final TenantId tenantId;
        public final long inquiryId;
        public final String author;
        public final String body;
        public final Instant now;

        public NoteRow(TenantId tenantId, long inquiryId, String author, String body, Instant now) {
            this.tenantId = tenantId;
            this.inquiryId = inquiryId;
            this.author = author;
            this.body = body;
            this.now = now;
        }
    }
}
