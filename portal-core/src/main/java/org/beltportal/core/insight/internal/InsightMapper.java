package org.beltportal.core.insight.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.insight.DailyFigures;
import org.beltportal.core.insight.DayCounts.ItemDay;
import org.beltportal.core.insight.DayCounts.MetricDay;
import org.beltportal.core.insight.InsightRecorder.HourCount;
import org.beltportal.core.insight.InsightRecorder.ItemCount;
import org.beltportal.core.insight.InsightRecorder.QueryDayCount;
import org.beltportal.core.system.AcrossTenants;
import org.beltportal.core.system.TenantScoped;
import org.beltportal.core.tenant.TenantId;

/**
 * The insight rollups. Every statement is across tenants on purpose, and says how it stays in bounds: a flush
 * writes the counts of many belts in one batch (each row carries its own tenant_id), the purge removes by age,
 * and the reads filter on an explicit, non-empty set of belts (one belt, or a region's belts) that the caller's
 * rights were checked for.
 */
@Mapper
@TenantScoped
public interface InsightMapper {

    @AcrossTenants
    void addHours(@Param("rows") List<HourCount> rows);

    @AcrossTenants
    void addQueries(@Param("rows") List<QueryDayCount> rows);

    @AcrossTenants
    void addItems(@Param("rows") List<ItemCount> rows);

    @AcrossTenants
    int purgeItems(@Param("before") Instant before);

    /** Adds to each belt's China days per metric and dimension (V25). */
    @AcrossTenants
    void addMetricDays(@Param("rows") List<MetricDay> rows);

    /** Adds to each belt's China days of product and supplier views (V25). */
    @AcrossTenants
    void addItemDays(@Param("rows") List<ItemDay> rows);

    @AcrossTenants
    int purgeMetricDays(@Param("before") LocalDate before);

    @AcrossTenants
    int purgeItemDays(@Param("before") LocalDate before);

    @AcrossTenants
    void addDays(@Param("rows") List<DailyFigures> rows);

    /** Adds to each belt's months (a row's day is its month's first); negative figures take away. */
    @AcrossTenants
    void addMonths(@Param("rows") List<DailyFigures> rows);

    /** Adds to the platform's days (the rows' tenant is not read). */
    @AcrossTenants
    void addPlatformDays(@Param("rows") List<DailyFigures> rows);

    /**
     * What a purge of the days before {@code before} removes, summed per belt and month: each row's day is the
     * earliest of its month's removed days.
     */
    @AcrossTenants
    List<DailyFigures> daySumsBefore(@Param("before") LocalDate before);

    /** Removes the months that start before {@code before}, whose days the purge has all taken off them. */
    @AcrossTenants
    int purgeMonths(@Param("before") LocalDate before);

    @AcrossTenants
    int purgePlatformDays(@Param("before") LocalDate before);

    @AcrossTenants
    int purgeHours(@Param("before") Instant before);

    @AcrossTenants
    int purgeQueries(@Param("before") LocalDate before);

    @AcrossTenants
    int purgeDays(@Param("before") LocalDate before);

    /** Each belt's figures summed over the days, one row per belt that has any. */
    @AcrossTenants
    List<DailyFigures> beltSums(@Param("tenantIds") Collection<TenantId> tenantIds, @Param("from") LocalDate from,
                                @Param("to") LocalDate to);

    /** Each belt's figures summed over the months from firstMonth to lastMonth (first days), one row per belt that has any. */
    @AcrossTenants
    List<DailyFigures> monthSums(@Param("tenantIds") Collection<TenantId> tenantIds, @Param("firstMonth") LocalDate firstMonth,
                                 @Param("lastMonth") LocalDate lastMonth);

    /** The platform's days of the range, one row per day that has any (tenant 0). */
    @AcrossTenants
    List<DailyFigures> platformDays(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Each day's figures summed over the belts, one row per day that has any (tenant 0). */
    @AcrossTenants
    List<DailyFigures> daySums(@Param("tenantIds") Collection<TenantId> tenantIds, @Param("from") LocalDate from,
                               @Param("to") LocalDate to);

    @AcrossTenants
    List<MetricSum> sums(@Param("tenantIds") Collection<TenantId> tenantIds, @Param("from") Instant from,
                         @Param("to") Instant to);

    /** What {@link #sums} answers, from the China days from {@code from} to {@code to}, both included. */
    @AcrossTenants
    List<MetricSum> daySumsByMetric(@Param("tenantIds") Collection<TenantId> tenantIds, @Param("from") LocalDate from,
                                    @Param("to") LocalDate to);

    @AcrossTenants
    List<HourSum> hours(@Param("tenantIds") Collection<TenantId> tenantIds, @Param("from") Instant from,
                        @Param("to") Instant to);

    @AcrossTenants
    List<QuerySum> topQueries(@Param("tenantIds") Collection<TenantId> tenantIds, @Param("from") LocalDate from,
                              @Param("to") LocalDate to, @Param("zeroOnly") boolean zeroOnly, @Param("limit") int limit);

    /**
     * The most viewed products or suppliers of the belts over [from, to), with their names as they are now
     * (items deleted since are left out: nothing links to them any more).
     */
    @AcrossTenants
    List<ItemSum> topItems(@Param("tenantIds") Collection<TenantId> tenantIds, @Param("from") Instant from,
                           @Param("to") Instant to, @Param("kind") String kind, @Param("limit") int limit);

    /** What {@link #topItems} answers, from the China days from {@code from} to {@code to}, both included. */
    @AcrossTenants
    List<ItemSum> topItemsByDay(@Param("tenantIds") Collection<TenantId> tenantIds, @Param("from") LocalDate from,
                                @Param("to") LocalDate to, @Param("kind") String kind, @Param("limit") int limit);

    /** What {@link #activeSuppliers} answers, from the China days from {@code from} to {@code to}, both included. */
    @AcrossTenants
    long activeSuppliersByDay(@Param("tenantIds") Collection<TenantId> tenantIds, @Param("from") LocalDate from,
                              @Param("to") LocalDate to);

    /** How many distinct suppliers had at least one of their products viewed in [from, to). */
    @AcrossTenants
    long activeSuppliers(@Param("tenantIds") Collection<TenantId> tenantIds, @Param("from") Instant from,
                         @Param("to") Instant to);

    /** Views of the given products' pages in [from, to). */
    @AcrossTenants
    long productViews(@Param("tenantIds") Collection<TenantId> tenantIds, @Param("from") Instant from,
                      @Param("to") Instant to, @Param("productIds") Collection<Long> productIds);

    /** The stored inquiries created in [from, to), by their handling status now and the hour they came in. */
    @AcrossTenants
    List<InquiryAt> inquiryStatuses(@Param("tenantIds") Collection<TenantId> tenantIds, @Param("from") Instant from,
                                     @Param("to") Instant to);

    /** One metric's amounts of [from, to) by UTC hour and dimension. */
    @AcrossTenants
    List<HourDimensionSum> hoursByDimension(@Param("tenantIds") Collection<TenantId> tenantIds, @Param("from") Instant from,
                                            @Param("to") Instant to, @Param("metric") String metric);

    /** One metric's amounts of the China days from {@code from} to {@code to} by day and dimension. */
    @AcrossTenants
    List<DayDimensionSum> daysByDimension(@Param("tenantIds") Collection<TenantId> tenantIds, @Param("from") LocalDate from,
                                          @Param("to") LocalDate to, @Param("metric") String metric);

    record DayDimensionSum(LocalDate day, String dimension, long amount) {
    }

    record HourDimensionSum(Instant hour, String dimension, long amount) {
    }

    record ItemSum(long id, String name, long views) {
    }

    record InquiryAt(Instant createdAt, String status) {
    }

    /** One metric and dimension summed over a range. */
    record MetricSum(String metric, String dimension, long amount) {
    }

    /** One metric summed over its dimensions for one hour. */
    record HourSum(Instant hour, String metric, long amount) {
    }

    record QuerySum(String query, long count) {
    }
}
