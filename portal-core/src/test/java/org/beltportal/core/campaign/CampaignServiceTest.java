package org.beltportal.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.beltportal.core.audit.AuditEntry;
import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.product.ProductService;
import org.beltportal.core.supplier.SupplierService;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.FieldProblem;
import org.beltportal.core.system.ForbiddenException;
import org.beltportal.core.system.InvalidInputException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.tenant.TenantSettings;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Campaigns against the real database: validation, overlaps, the review workflow, audit and isolation. */
@SpringBootTest
class CampaignServiceTest extends TestDatabase {

    static final CampaignActor MANAGER = new CampaignActor("manager", false);
    static final CampaignActor OPERATOR = new CampaignActor("operator", true);
    static final CampaignActor OTHER_OPERATOR = new CampaignActor("operator-2", true);
    static final List<Placement> HERO = List.of(new Placement("hero", "home"));

    @Autowired
    TenantService tenants;
    @Autowired
    SupplierService suppliers;
    @Autowired
    ProductService products;
    @Autowired
    CampaignService campaigns;
    @Autowired
    CampaignWorkflow workflow;
    @Autowired
    ActiveCampaigns active;
    @Autowired
    AuditLog audit;

    Tenant zhili;
    Tenant baigou;
    long zhiliSupplier;
    long zhiliProduct;
    long baigouProduct;

    @BeforeEach
    void twoTenantsWithGoods() {
        zhili = tenants.create("tester", Fixtures.uniqueSlug("zhili"), Fixtures.settings("织里"), List.of());
        baigou = tenants.create("tester", Fixtures.uniqueSlug("baigou"), Fixtures.settings("白沟"), List.of());
        zhiliSupplier = suppliers.create("tester", zhili.id(), Fixtures.supplier("织里服饰")).id();
        zhiliProduct = products.create("tester", zhili.id(), Fixtures.product("ZL-1", "女童连衣裙", zhiliSupplier)).id();
        long baigouSupplier = suppliers.create("tester", baigou.id(), Fixtures.supplier("白沟箱包")).id();
        baigouProduct = products.create("tester", baigou.id(), Fixtures.product("BG-1", "拉杆箱", baigouSupplier)).id();
    }

    static CampaignDraft draft(String slug, String warmup, String live, String end, Recurrence recurrence, List<Placement> placements) {
        return new CampaignDraft(new CampaignSpec(slug, "童装节 " + slug, CampaignKind.FESTIVAL, LocalDateTime.parse(warmup),
                LocalDateTime.parse(live), LocalDateTime.parse(end), null, recurrence, "全场包邮", List.of("/media/banner.jpg"),
                List.of(), List.of(), placements), null);
    }

    static CampaignDraft december2030(String slug) {
        return draft(slug, "2030-12-01T00:00", "2030-12-06T10:00", "2030-12-09T00:00", null, HERO);
    }

    Campaign approved(CampaignDraft draft) {
        Campaign created = campaigns.create(MANAGER.username(), zhili, draft);
        workflow.submit(MANAGER, zhili.id(), created.id());
        return workflow.approve(OPERATOR, zhili.id(), created.id());
    }

    @Test
    void aDraftKeepsItsLocalTimesInTheTenantsZone() {
        Campaign created = campaigns.create("manager", zhili, december2030("winter"));

        assertThat(created.state().status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(created.spec().timezone()).isEqualTo("Asia/Shanghai");
        assertThat(created.spec().liveStart()).isEqualTo(LocalDateTime.parse("2030-12-06T10:00"));
        assertThat(created.timing().first().liveStart()).isEqualTo(Instant.parse("2030-12-06T02:00:00Z"));
        assertThat(created.spec().placements()).isEqualTo(HERO);
        assertThat(created.state().createdBy()).isEqualTo("manager");
        assertThat(created.state().version()).isEqualTo(1);
    }

    /** Every spec field goes through the mapper both ways: one the XML forgot would come back null or empty. */
    @Test
    void everySpecFieldIsStoredAndReadBackByInsertAndUpdate() {
        CampaignSpec written = new CampaignSpec("full", "童装节 full", CampaignKind.ORIGIN_DAY, LocalDateTime.parse("2030-03-01T00:00"),
                LocalDateTime.parse("2030-03-06T10:00"), LocalDateTime.parse("2030-03-09T00:00"), "Europe/Berlin",
                new Recurrence(List.of(3, 9)), "全场包邮", List.of("/media/a.jpg", "https://cdn.example.com/b.jpg"),
                List.of(zhiliProduct), List.of(zhiliSupplier), List.of(new Placement("hero", "home"), new Placement("side", "search")));
        CampaignSpec rewritten = new CampaignSpec("fuller", "童装节 fuller", CampaignKind.STOCKING_FESTIVAL,
                LocalDateTime.parse("2030-11-01T08:00"), LocalDateTime.parse("2030-11-02T08:00"), LocalDateTime.parse("2030-11-05T20:00"),
                "Asia/Shanghai", new Recurrence(List.of(5, 11)), "源头工厂", List.of("/media/c.jpg"), List.of(),
                List.of(zhiliSupplier), List.of(new Placement("banner", "search")));

        Campaign created = campaigns.create("manager", zhili, new CampaignDraft(written, null));
        assertThat(campaigns.require(zhili.id(), created.id()).spec()).isEqualTo(written);
        campaigns.update("manager", zhili, created.id(), new CampaignDraft(rewritten, created.state().version()));
        Campaign read = campaigns.require(zhili.id(), created.id());
        assertThat(read.spec()).isEqualTo(rewritten);
        assertThat(read.state()).extracting(CampaignState::status, CampaignState::createdBy, CampaignState::version)
                .containsExactly(CampaignStatus.DRAFT, "manager", 2);
    }

    @Test
    void fieldProblemsAndAnotherTenantsGoodsAreReportedTogether() {
        CampaignSpec base = december2030("together").spec();
        CampaignDraft both = new CampaignDraft(new CampaignSpec(base.slug(), " ", null, base.warmupStart(), base.liveStart(),
                base.end(), null, null, null, null, List.of(zhiliProduct, baigouProduct), List.of(), List.of()), null);

        assertThatThrownBy(() -> campaigns.create("manager", zhili, both)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("name", "kind", "featuredProductIds"));
    }

    @Test
    void aTenantInAnotherZoneSchedulesInItsOwnWallClock() {
        Tenant berlin = tenants.create("tester", Fixtures.uniqueSlug("berlin"),
                new TenantSettings("柏林展厅", null, "Berlin", null, "Europe/Berlin", null, null), List.of());
        Campaign created = campaigns.create("manager", berlin, draft("summer", "2030-07-01T00:00", "2030-07-05T10:00",
                "2030-07-08T00:00", null, List.of()));

        assertThat(created.spec().timezone()).isEqualTo("Europe/Berlin");
        assertThat(created.timing().first().liveStart()).isEqualTo(Instant.parse("2030-07-05T08:00:00Z"));
        // 2030-06-30T22:00Z is already July 1st in Berlin (UTC+2): the warm-up counts in July's calendar.
        assertThat(campaigns.inMonth(berlin, YearMonth.of(2030, 7))).hasSize(1);
        assertThat(campaigns.inMonth(berlin, YearMonth.of(2030, 6))).isEmpty();
    }

    @Test
    void everyFieldProblemIsReportedAtOnce() {
        CampaignDraft bad = new CampaignDraft(new CampaignSpec("Bad Slug", " ", null, LocalDateTime.parse("2030-12-07T00:00"),
                LocalDateTime.parse("2030-12-06T00:00"), LocalDateTime.parse("2030-12-06T00:00"), "Mars/Olympus",
                null, null, null, java.util.Arrays.asList(zhiliProduct, null), null, List.of(new Placement("Hero!", "home"))), null);

        assertThatThrownBy(() -> campaigns.create("manager", zhili, bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting("field")
                        .contains("slug", "name", "kind", "timezone", "placements", "warmupStart", "end", "featuredProductIds"));
    }

    @Test
    void recurrenceMustIncludeTheLiveMonthAndKeepOccurrencesApart() {
        CampaignDraft wrongMonth = draft("spring", "2030-03-01T00:00", "2030-03-06T00:00", "2030-03-09T00:00",
                new Recurrence(List.of(9, 12)), List.of());
        CampaignDraft overlapping = draft("long", "2030-03-01T00:00", "2030-03-06T00:00", "2030-04-20T00:00",
                new Recurrence(List.of(3, 4)), List.of());

        assertThatThrownBy(() -> campaigns.create("manager", zhili, wrongMonth)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains("recurrence.months", "(3)"));
        assertThatThrownBy(() -> campaigns.create("manager", zhili, overlapping)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).contains("overlap"));
    }

    @Test
    void timesOutsideTheCalendarYearsAreRefusedNamingEachField() {
        Recurrence everyMonth = new Recurrence(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        List<CampaignDraft> outside = List.of(
                draft("far", "+999999999-01-01T00:00", "+999999999-01-02T00:00", "+999999999-01-03T00:00", everyMonth, HERO),
                draft("ancient", "-999999999-01-01T00:00", "-999999999-01-02T00:00", "-999999999-01-03T00:00", everyMonth, HERO),
                draft("early", "1999-12-31T00:00", "1999-12-31T10:00", "1999-12-31T20:00", null, HERO),
                draft("late", "2200-01-01T00:00", "2200-01-01T10:00", "2200-01-01T20:00", everyMonth, HERO));

        for (CampaignDraft draft : outside) {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> campaigns.create("manager", zhili, draft))
                    .as(draft.spec().slug()).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field).containsExactlyInAnyOrder("warmupStart", "liveStart", "end")));
        }
        CampaignDraft endingTooLate = draft("long", "2199-12-01T00:00", "2199-12-06T10:00", "2200-01-02T00:00", null, HERO);
        assertThatThrownBy(() -> campaigns.create("manager", zhili, endingTooLate)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("end");
                    assertThat(p.message()).contains("2000", "2199");
                }));
        assertThat(campaigns.create("manager", zhili, draft("edge", "2000-01-01T00:00", "2000-01-01T10:00", "2199-12-31T23:59",
                null, List.of())).state().status()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void aMonthOutsideTheCalendarYearsIsRefusedNamingTheField() {
        approved(draft("merchant", "2030-03-01T00:00", "2030-03-06T10:00", "2030-03-09T00:00", new Recurrence(List.of(3, 9, 12)), HERO));

        for (YearMonth month : List.of(YearMonth.of(999_999_999, 12), YearMonth.of(-999_999_999, 1), YearMonth.of(10_000, 1),
                YearMonth.of(1999, 12), YearMonth.of(2200, 1))) {
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> campaigns.inMonth(zhili, month))
                    .as(month.toString()).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("month")));
        }
        assertThat(campaigns.inMonth(zhili, YearMonth.of(2199, 12))).hasSize(1);
        assertThat(campaigns.inMonth(zhili, YearMonth.of(2000, 1))).isEmpty();
    }

    @Test
    void featuredGoodsOfAnotherTenantAreRefusedByTheirIds() {
        CampaignSpec base = december2030("featured").spec();
        CampaignDraft crossing = new CampaignDraft(new CampaignSpec(base.slug(), base.name(), base.kind(), base.warmupStart(),
                base.liveStart(), base.end(), null, null, null, null, List.of(zhiliProduct, baigouProduct),
                List.of(zhiliSupplier, 999_999_999L), List.of()), null);

        assertThatThrownBy(() -> campaigns.create("manager", zhili, crossing)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("featuredProductIds", "not products of this portal: " + baigouProduct),
                        new FieldProblem("featuredSupplierIds", "not suppliers of this portal: 999999999")));
    }

    @Test
    void aPlacementTakenAtTheSameTimeIsAConflictNamingTheCampaign() {
        // The approved one recurs every March, September and December; the newcomer hits its September 2031 run.
        approved(draft("merchant", "2030-03-01T00:00", "2030-03-06T10:00", "2030-03-09T00:00", new Recurrence(List.of(3, 9, 12)), HERO));
        CampaignDraft clash = draft("autumn", "2031-09-08T00:00", "2031-09-10T00:00", "2031-09-20T00:00", null, HERO);

        assertThatThrownBy(() -> campaigns.create("manager", zhili, clash)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("hero on home").hasMessageContaining("merchant").hasMessageContaining("童装节 merchant")
                .hasMessageContaining("2031-09-01 00:00");
        CampaignDraft otherSlot = draft("autumn", "2031-09-08T00:00", "2031-09-10T00:00", "2031-09-20T00:00", null,
                List.of(new Placement("banner", "home")));
        CampaignDraft afterwards = draft("autumn-late", "2031-09-09T00:00", "2031-09-10T00:00", "2031-09-20T00:00", null, HERO);
        assertThat(campaigns.create("manager", zhili, otherSlot).state().status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(campaigns.create("manager", zhili, afterwards).state().status()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void aDraftDoesNotHoldItsPlacementButApprovalChecksAgain() {
        Campaign first = campaigns.create("manager", zhili, december2030("first"));
        Campaign second = campaigns.create("manager", zhili, december2030("second"));
        workflow.submit(MANAGER, zhili.id(), first.id());

        assertThatThrownBy(() -> workflow.submit(MANAGER, zhili.id(), second.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("first");
    }

    @Test
    void theWholeReviewRoundIsAuditedAndOnlyApprovedReachesThePortal() {
        Instant during = Instant.parse("2030-12-07T00:00:00Z");
        Campaign created = campaigns.create(MANAGER.username(), zhili, december2030("round"));
        assertThat(workflow.submit(MANAGER, zhili.id(), created.id()).state().submittedBy()).isEqualTo("manager");
        assertThat(active.at(zhili.id(), during)).isEmpty();

        assertThatThrownBy(() -> workflow.reject(OPERATOR, zhili.id(), created.id(), " ")).isInstanceOf(InvalidInputException.class);
        Campaign rejected = workflow.reject(OPERATOR, zhili.id(), created.id(), "横幅图片不清晰");
        assertThat(rejected.state().rejectionReason()).isEqualTo("横幅图片不清晰");
        assertThat(rejected.state().decidedBy()).isEqualTo("operator");

        Campaign redrafted = campaigns.update(MANAGER.username(), zhili, created.id(), december2030("round"));
        assertThat(redrafted.state().status()).isEqualTo(CampaignStatus.DRAFT);
        workflow.submit(MANAGER, zhili.id(), created.id());
        Campaign approved = workflow.approve(OPERATOR, zhili.id(), created.id());
        assertThat(approved.state().status()).isEqualTo(CampaignStatus.APPROVED);
        assertThat(active.at(zhili.id(), during)).singleElement().satisfies(a -> assertThat(a.phase()).isEqualTo(CampaignPhase.LIVE));

        Campaign edited = campaigns.update(MANAGER.username(), zhili, created.id(), december2030("round"));
        assertThat(edited.state().status()).isEqualTo(CampaignStatus.IN_REVIEW);
        assertThat(edited.state().submittedBy()).isEqualTo("manager");
        assertThat(active.at(zhili.id(), during)).isEmpty();
        workflow.approve(OPERATOR, zhili.id(), created.id());
        assertThat(workflow.archive(OPERATOR, zhili.id(), created.id()).state().status()).isEqualTo(CampaignStatus.ARCHIVED);
        assertThat(active.at(zhili.id(), during)).isEmpty();

        List<AuditEntry> trail = audit.forTenant(zhili.id(), null, 50).stream().filter(e -> "campaign".equals(e.entityType())).toList();
        assertThat(trail.getFirst().after()).as("flat snapshots, as before spec and state were split")
                .contains("\"slug\":\"round\"", "\"status\":\"archived\"").doesNotContain("\"spec\"", "\"state\"");
        assertThat(trail).extracting(AuditEntry::action).containsExactly("campaign.archive", "campaign.approve", "campaign.update",
                        "campaign.approve", "campaign.submit", "campaign.update", "campaign.reject", "campaign.submit",
                        "campaign.create");
    }

    @Test
    void nobodyDecidesTheirOwnSubmission() {
        Campaign created = campaigns.create("operator", zhili, december2030("own"));
        workflow.submit(OPERATOR, zhili.id(), created.id());

        assertThatThrownBy(() -> workflow.approve(OPERATOR, zhili.id(), created.id())).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("another approver");
        assertThatThrownBy(() -> workflow.reject(OPERATOR, zhili.id(), created.id(), "自己否决")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> workflow.approve(MANAGER, zhili.id(), created.id())).isInstanceOf(ForbiddenException.class);
        assertThat(workflow.approve(OTHER_OPERATOR, zhili.id(), created.id()).state().decidedBy()).isEqualTo("operator-2");
    }

    @Test
    void stepsFromTheWrongStatusAreConflicts() {
        Campaign draft = campaigns.create("manager", zhili, december2030("steps"));
        assertThatThrownBy(() -> workflow.approve(OPERATOR, zhili.id(), draft.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("it is draft");
        workflow.submit(MANAGER, zhili.id(), draft.id());
        assertThatThrownBy(() -> workflow.submit(MANAGER, zhili.id(), draft.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> campaigns.update("manager", zhili, draft.id(), december2030("steps")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("in_review");
        assertThatThrownBy(() -> workflow.archive(MANAGER, zhili.id(), draft.id())).isInstanceOf(ForbiddenException.class);
        workflow.approve(OPERATOR, zhili.id(), draft.id());
        assertThatThrownBy(() -> campaigns.delete("manager", zhili.id(), draft.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("archive it instead");
        workflow.archive(OPERATOR, zhili.id(), draft.id());
        assertThatThrownBy(() -> workflow.archive(OPERATOR, zhili.id(), draft.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> campaigns.update("manager", zhili, draft.id(), december2030("steps"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aStaleVersionAndATakenSlugAreConflicts() {
        Campaign created = campaigns.create("manager", zhili, december2030("versioned"));
        CampaignDraft stale = new CampaignDraft(december2030("versioned").spec(), created.state().version() + 5);

        assertThatThrownBy(() -> campaigns.update("manager", zhili, created.id(), stale)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("version");
        assertThatThrownBy(() -> campaigns.create("manager", zhili, december2030("versioned"))).isInstanceOf(ConflictException.class);
        assertThat(campaigns.create("manager", baigou, december2030("versioned")).spec().slug()).isEqualTo("versioned");
    }

    @Test
    void anotherTenantsCampaignIsNotFound() {
        Campaign inBaigou = campaigns.create("manager", baigou, december2030("elsewhere"));

        assertThatThrownBy(() -> campaigns.require(zhili.id(), inBaigou.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> workflow.submit(MANAGER, zhili.id(), inBaigou.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> campaigns.delete("manager", zhili.id(), inBaigou.id())).isInstanceOf(NotFoundException.class);
        assertThat(campaigns.require(baigou.id(), inBaigou.id()).state().status()).isEqualTo(CampaignStatus.DRAFT);
    }

    @Test
    void theMonthListsEachOccurrenceAndThePortalKnowsTheNextChange() {
        Campaign merchant = approved(draft("merchant", "2030-03-01T00:00", "2030-03-06T10:00", "2030-03-09T00:00",
                new Recurrence(List.of(3, 9, 12)), HERO));
        campaigns.create("manager", zhili, draft("december-draft", "2030-12-01T00:00", "2030-12-06T10:00", "2030-12-09T00:00",
                null, List.of()));

        assertThat(campaigns.inMonth(zhili, YearMonth.of(2031, 12))).singleElement().satisfies(s -> {
            assertThat(s.campaign().spec().slug()).isEqualTo("merchant");
            assertThat(s.occurrence().inZone(s.campaign().zone()).liveStart()).isEqualTo(LocalDateTime.parse("2031-12-06T10:00"));
        });
        assertThat(campaigns.inMonth(zhili, YearMonth.of(2030, 12))).extracting(s -> s.campaign().spec().slug())
                .containsExactlyInAnyOrder("merchant", "december-draft");
        assertThat(active.nextChange(zhili.id(), Instant.parse("2031-06-01T00:00:00Z")))
                .contains(Instant.parse("2031-08-31T16:00:00Z"));
        assertThat(active.bySlug(zhili.id(), merchant.spec().slug(), Instant.parse("2031-09-07T00:00:00Z")))
                .hasValueSatisfying(a -> assertThat(a.phase()).isEqualTo(CampaignPhase.LIVE));
    }
}
