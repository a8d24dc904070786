package org.beltportal.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.beltportal.core.region.Regions;
import org.beltportal.core.system.ForbiddenException;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Decision 0037 extended by 0040: a regional admin grants belt roles on the belts under its node and nowhere else,
 * never platform_admin or regional_admin through a belt, appoints regional admins only strictly below its node, and
 * cannot change the belt roles of a regional admin of its own rank.
 */
@SpringBootTest
class RegionalPeopleTest extends TestDatabase {

    @Autowired
    UserService users;
    @Autowired
    BeltPeople people;
    @Autowired
    RegionAdmins regionAdmins;
    @Autowired
    Regions regions;
    @Autowired
    TenantService tenants;

    Tenant yiwu;
    Tenant baigou;
    String zhejiang;

    @BeforeEach
    void beltsAndAProvincialAdmin() {
        yiwu = tenants.create("tester", Fixtures.uniqueSlug("yiwu"), Fixtures.settings("义乌"), List.of(), "330782");
        baigou = tenants.create("tester", Fixtures.uniqueSlug("baigou"), Fixtures.settings("白沟"), List.of(), "130684");
        zhejiang = user(new UserDraft.GrantDraft(null, Role.REGIONAL_ADMIN, "330000"));
    }

    private String user(UserDraft.GrantDraft... grants) {
        String username = "rp-" + UUID.randomUUID().toString().substring(0, 8);
        users.create("tester", new UserDraft(username, "a-long-password", null, List.of(grants)));
        return username;
    }

    @Test
    void aRegionalAdminReachesTheBeltsUnderItsNodeOnly() {
        User holder = users.require(zhejiang);
        assertThat(holder.regionBelts()).contains(yiwu.id()).doesNotContain(baigou.id());
        assertThat(people.grantableBy(zhejiang, yiwu.id())).isEqualTo(BeltPeople.BELT_ROLES);
        assertThat(people.grantableBy(zhejiang, baigou.id())).isEmpty();
    }

    @Test
    void itInvitesOperatorsUnderItsNodeButNeverGrantsAdminRolesThroughABelt() {
        User operator = people.invite(zhejiang, yiwu, "op-" + UUID.randomUUID().toString().substring(0, 8),
                "op@example.com", EnumSet.of(Role.REGION_OPERATOR));
        assertThat(BeltPeople.rolesOn(operator, yiwu.id())).containsExactly(Role.REGION_OPERATOR);
        for (Role role : List.of(Role.PLATFORM_ADMIN, Role.REGIONAL_ADMIN)) {
            assertThatThrownBy(() -> people.setRoles(zhejiang, yiwu.id(), operator.username(), Set.of(role)))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> people.invite(zhejiang, baigou, "x-" + UUID.randomUUID().toString().substring(0, 8),
                "x@example.com", EnumSet.of(Role.EDITOR))).isInstanceOf(ForbiddenException.class);
        assertThat(users.require(operator.username()).grants()).extracting(RoleGrant::role).containsExactly(Role.REGION_OPERATOR);
    }

    @Test
    void aPeerOrHigherRegionalAdminIsOutOfReach() {
        String peer = user(new UserDraft.GrantDraft(null, Role.REGIONAL_ADMIN, "330000"),
                new UserDraft.GrantDraft(yiwu.slug(), Role.EDITOR));
        String city = user(new UserDraft.GrantDraft(null, Role.REGIONAL_ADMIN, "330700"),
                new UserDraft.GrantDraft(yiwu.slug(), Role.EDITOR));
        assertThat(people.mayManage(zhejiang, users.require(peer), yiwu.id())).isFalse();
        assertThat(people.mayManage(zhejiang, users.require(city), yiwu.id())).isTrue();
        assertThat(people.mayManage(city, users.require(zhejiang), yiwu.id())).isFalse();
        assertThatThrownBy(() -> people.setRoles(zhejiang, yiwu.id(), peer, Set.of())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void regionalAdminsAreAppointedOnlyStrictlyBelowTheAppointersNode() {
        String other = user();
        assertThat(regionAdmins.mayAppoint(zhejiang, regions.require("330700"))).isTrue();
        assertThat(regionAdmins.mayAppoint(zhejiang, regions.require("330000"))).isFalse();
        assertThat(regionAdmins.mayAppoint(zhejiang, regions.require("130000"))).isFalse();
        assertThatThrownBy(() -> regionAdmins.appoint(zhejiang, "330000", other)).isInstanceOf(ForbiddenException.class);
        User appointed = regionAdmins.appoint(zhejiang, "330782", other);
        assertThat(appointed.grants()).containsExactly(new RoleGrant(null, Role.REGIONAL_ADMIN, "330782"));
        assertThat(appointed.regionBelts()).contains(yiwu.id()).doesNotContain(baigou.id());
        assertThat(regionAdmins.of(regions.require("330782"))).contains(other);
        assertThat(regionAdmins.mayAppoint(other, regions.require("330782"))).isFalse();
    }
}
