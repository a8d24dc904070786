package org.beltportal.core.user.internal;

import java.time.Instant;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.tenant.TenantId;

/** Preview tickets and the passes they are exchanged for (decision 0041); hashes only, never the secrets. */
@Mapper
public interface PreviewTicketMapper {

    void insert(@Param("ticketHash") String ticketHash, @Param("userId") long userId, @Param("stamp") String credentialStamp,
                @Param("tenantId") TenantId tenantId, @Param("expiresAt") Instant expiresAt);

    /** Uses the ticket up, whatever happens next: 1 when it was unused and unexpired, else 0. */
    int use(@Param("ticketHash") String ticketHash, @Param("now") Instant now);

    Optional<Holder> findByTicket(@Param("ticketHash") String ticketHash);

    void setPass(@Param("ticketHash") String ticketHash, @Param("passHash") String passHash, @Param("passExpiresAt") Instant passExpiresAt);

    Optional<Holder> findByPass(@Param("passHash") String passHash, @Param("tenantId") TenantId tenantId, @Param("now") Instant now);

    /** Rows whose ticket and pass have both expired. */
    int deleteExpired(@Param("now") Instant now);

    /** Who a ticket or pass was issued to, on which tenant. */
    record Holder(long userId, String credentialStamp, TenantId tenantId) {
    }
}
