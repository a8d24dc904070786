package org.beltportal.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.PageQuery;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The region tree as migration V16 stores it and the belts under a node (decision 0040): a node lies within itself
 * and its ancestors, never within a sibling whose code shares a prefix; belts are found at any depth and only there.
 */
@SpringBootTest
class RegionTreeTest extends TestDatabase {

    @Autowired
    Regions regions;
    @Autowired
    RegionBelts belts;
    @Autowired
    TenantService tenants;

    @Test
    void aNodeLiesWithinItselfAndItsAncestorsOnly() {
        Region zhejiang = regions.require("330000");
        Region jinhua = regions.require("330700");
        Region yiwu = regions.require("330782");
        Region hebei = regions.require("130000");
        assertThat(yiwu.isWithin(zhejiang)).isTrue();
        assertThat(yiwu.isWithin(jinhua)).isTrue();
        assertThat(yiwu.isWithin(yiwu)).isTrue();
        assertThat(yiwu.isBelow(yiwu)).isFalse();
        assertThat(jinhua.isBelow(zhejiang)).isTrue();
        assertThat(zhejiang.isWithin(jinhua)).isFalse();
        assertThat(yiwu.isWithin(hebei)).isFalse();
        // 331000 (台州) starts with 3310, 330000's first digits: paths, not code prefixes, decide.
        assertThat(regions.require("331003").isWithin(regions.require("331000"))).isTrue();
        assertThat(regions.require("330300").isWithin(regions.require("330700"))).isFalse();
        assertThat(regions.lineage(yiwu)).extracting(Region::code).containsExactly("330000", "330700", "330782");
        assertThat(yiwu.name()).isEqualTo("义乌市");
        assertThat(yiwu.nameEn()).isEqualTo("Yiwu");
        assertThat(yiwu.level()).isEqualTo("county");
    }

    @Test
    void unknownCodesAreNotFound() {
        assertThatThrownBy(() -> regions.require("999999")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> belts.tenantIdsUnder("999999")).isInstanceOf(NotFoundException.class);
        assertThat(regions.find(null)).isEmpty();
        assertThat(regions.find("3".repeat(40))).isEmpty();
    }

    @Test
    void beltsAreFoundUnderEveryAncestorAndNowhereElse() {
        Tenant yiwu = tenants.create("tester", Fixtures.uniqueSlug("yiwu"), Fixtures.settings("义乌"), List.of(), "330782");
        Tenant jinhuaCity = tenants.create("tester", Fixtures.uniqueSlug("jinhua"), Fixtures.settings("金华"), List.of(), "330700");
        Tenant baigou = tenants.create("tester", Fixtures.uniqueSlug("baigou"), Fixtures.settings("白沟"), List.of(), "130684");
        Tenant outside = tenants.create("tester", Fixtures.uniqueSlug("none"), Fixtures.settings("无"), List.of());

        assertThat(belts.tenantIdsUnder("330000")).contains(yiwu.id(), jinhuaCity.id()).doesNotContain(baigou.id(), outside.id());
        assertThat(belts.tenantIdsUnder("330700")).contains(yiwu.id(), jinhuaCity.id()).doesNotContain(baigou.id());
        assertThat(belts.tenantIdsUnder("330782")).contains(yiwu.id()).doesNotContain(jinhuaCity.id(), baigou.id());
        assertThat(belts.tenantIdsUnder("130000")).contains(baigou.id()).doesNotContain(yiwu.id(), jinhuaCity.id());
        assertThat(belts.page(regions.require("330700"), yiwu.slug(), new PageQuery(0, 10)).items())
                .extracting(Tenant::slug).containsExactly(yiwu.slug());

        tenants.setRegion("tester", yiwu.id(), "130684");
        assertThat(belts.tenantIdsUnder("330000")).doesNotContain(yiwu.id());
        assertThat(belts.tenantIdsUnder("130000")).contains(yiwu.id());
    }

    @Test
    void theTreeOfSomeRootsShowsEachNodeOnceWithItsBelts() {
        List<RegionNode> whole = regions.tree(null);
        assertThat(whole).extracting(RegionNode::code).contains("330000", "130000", "210000", "370000", "440000");
        List<RegionNode> two = regions.tree(List.of("330700", "330000"));
        assertThat(two).extracting(RegionNode::code).containsExactly("330000");
        RegionNode zhejiang = two.getFirst();
        RegionNode jinhua = zhejiang.children().stream().filter(n -> n.code().equals("330700")).findFirst().orElseThrow();
        assertThat(jinhua.children()).extracting(RegionNode::code).contains("330782", "330784");
        assertThat(zhejiang.belts()).isGreaterThanOrEqualTo(jinhua.belts());
        assertThat(regions.tree(List.of())).isEmpty();
    }
}
