package org.beltportal.core.user;

import java.util.List;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.region.Region;
import org.beltportal.core.region.Regions;
import org.beltportal.core.system.ForbiddenException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.user.internal.UserMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds regional_admin on which node, and who may change that (decision 0040, extending 0037). A platform admin
 * appoints on any node; a regional admin only on nodes strictly below one of its own (a province appoints its
 * cities' admins, never a peer, never its own node or anything above it). Decided from the grants as stored.
 */
@Service
public class RegionAdmins {

    private final UserMapper mapper;
    private final Regions regions;
    private final UserService users;
    private final AuditLog audit;

    RegionAdmins(UserMapper mapper, Regions regions, UserService users, AuditLog audit) {
        this.mapper = mapper;
        this.regions = regions;
        this.users = users;
        this.audit = audit;
    }

    /** Usernames of the regional admins of the node itself (not of the nodes above or below it). */
    public List<String> of(Region region) {
        return mapper.findRegionalAdmins(region.code());
    }

    /** Whether {@code actor} may appoint or remove regional admins of {@code region}. */
    public boolean mayAppoint(String actor, Region region) {
        User holder = users.require(actor);
        if (isPlatformAdmin(holder)) {
            return true;
        }
        return nodesOf(holder).stream().anyMatch(region::isBelow);
    }

    /**
     * Whether {@code actor} stands above every regional grant {@code person} holds (true when there are none): a
     * regional admin of a node never changes the belt roles of a regional admin of the same node or one above it.
     */
    public boolean outranks(String actor, User person) {
        List<Region> theirs = nodesOf(person);
        if (theirs.isEmpty()) {
            return true;
        }
        User holder = users.require(actor);
        if (isPlatformAdmin(holder)) {
            return true;
        }
        List<Region> mine = nodesOf(holder);
        return theirs.stream().allMatch(node -> mine.stream().anyMatch(node::isBelow));
    }

    @Transactional
    public User appoint(String actor, String code, String username) {
        Region region = regions.require(code);
        requireMayAppoint(actor, region);
        User person = users.require(username);
        boolean holds = person.grants().stream()
                .anyMatch(grant -> grant.role() == Role.REGIONAL_ADMIN && region.code().equals(grant.regionCode()));
        if (!holds) {
            mapper.insertGrant(person.id(), null, Role.REGIONAL_ADMIN, region.code());
            audit.record(actor, null, "region.admin.appoint", "user", username, null, region.code());
        }
        return users.require(username);
    }

    @Transactional
    public User remove(String actor, String code, String username) {
        Region region = regions.require(code);
        requireMayAppoint(actor, region);
        User person = users.require(username);
        if (mapper.deleteRegionalGrant(person.id(), region.code()) == 0) {
            throw new NotFoundException(username + " is not a regional admin of " + region.code());
        }
        audit.record(actor, null, "region.admin.remove", "user", username, region.code(), null);
        return users.require(username);
    }

    private void requireMayAppoint(String actor, Region region) {
        if (!mayAppoint(actor, region)) {
            throw new ForbiddenException("you may appoint regional admins only below your own region");
        }
    }

    private List<Region> nodesOf(User user) {
        return user.grants().stream().filter(grant -> grant.role() == Role.REGIONAL_ADMIN)
                .flatMap(grant -> regions.find(grant.regionCode()).stream()).toList();
    }

    private static boolean isPlatformAdmin(User user) {
        return user.grants().stream().anyMatch(grant -> grant.role() == Role.PLATFORM_ADMIN);
    }
}
