package org.beltportal.core.feed.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.feed.DeadLetter;
import org.beltportal.core.feed.DeadLetters;
import org.beltportal.core.system.AcrossTenants;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.tenant.TenantId;

@Mapper
@TenantScoped
public interface DeadLetterMapper {

    boolean exists(@Param("tenantId") TenantId tenantId, @Param("productId") long productId);

    /** The product's refusal as its latest, in one statement (two drains may record the same product at once). */
    void keep(@Param("tenantId") TenantId tenantId, @Param("letter") DeadLetter letter);

    List<DeadLetter> newest(@Param("tenantId") TenantId tenantId, @Param("limit") int limit);

    long count(@Param("tenantId") TenantId tenantId);

    /** Belts with dead letters and how many each: the index check's column and the health details. */
    @AcrossTenants
    List<DeadLetters.BeltCount> countByBelt();

    /** Which of these products have a dead letter: a plain read, which locks nothing. */
    List<Long> recorded(@Param("tenantId") TenantId tenantId, @Param("productIds") Collection<Long> productIds);

    void delete(@Param("tenantId") TenantId tenantId, @Param("productIds") Collection<Long> productIds);

    void deleteBefore(@Param("tenantId") TenantId tenantId, @Param("before") Instant before);
}
