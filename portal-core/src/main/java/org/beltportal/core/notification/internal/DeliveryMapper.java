package org.beltportal.core.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.notification.Channel;
import org.beltportal.core.notification.Delivery;
import org.beltportal.core.notification.DeliveryStatus;
import org.beltportal.core.notification.TenantWebhook;
import org.beltportal.core.system.AcrossTenants;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.tenant.TenantId;

@Mapper
@TenantScoped
public interface DeliveryMapper {

    void insert(@Param("tenantId") TenantId tenantId, @Param("inquiryId") long inquiryId, @Param("channel") Channel channel,
                @Param("recipient") String recipient, @Param("status") DeliveryStatus status,
                @Param("lastError") String lastError, @Param("now") Instant now);

    List<Delivery> findByInquiry(@Param("tenantId") TenantId tenantId, @Param("inquiryId") long inquiryId);

    /**
     * Pending deliveries due by {@code now}, oldest due first, locked until the transaction ends; rows another
     * node has locked are passed over rather than waited for. Across tenants: the sender serves every belt.
     */
    @AcrossTenants
    List<Delivery> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    /** Moves a delivery's next attempt, as the claim on it and as the retry after a failure. */
    @AcrossTenants
    void reschedule(@Param("id") long id, @Param("nextAttemptAt") Instant nextAttemptAt, @Param("now") Instant now);

    /** Records an attempt's outcome. Across tenants: the row is named by its own id, read just before. */
    @AcrossTenants
    void recordAttempt(@Param("id") long id, @Param("status") DeliveryStatus status, @Param("attempts") int attempts,
                       @Param("nextAttemptAt") Instant nextAttemptAt, @Param("lastError") String lastError,
                       @Param("now") Instant now);

    Optional<String> findSupplierEmail(@Param("tenantId") TenantId tenantId, @Param("supplierId") long supplierId);

    Optional<TenantWebhook> findWebhook(@Param("tenantId") TenantId tenantId);

    int updateWebhook(@Param("tenantId") TenantId tenantId, @Param("url") String url, @Param("secret") String secret,
                      @Param("now") Instant now);

    void insertWebhook(@Param("tenantId") TenantId tenantId, @Param("url") String url, @Param("secret") String secret,
                       @Param("now") Instant now);

    int deleteWebhook(@Param("tenantId") TenantId tenantId);
}
