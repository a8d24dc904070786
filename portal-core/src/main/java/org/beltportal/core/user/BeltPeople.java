package org.beltportal.core.user;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.system.ForbiddenException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.Problems;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.user.internal.UserMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of one belt, as its own operators manage them (decision 0037). The rule of who may grant what is
 * here, read from the actor's grants as stored, so no form or client can widen it: a platform admin may grant
 * any belt role, and so may a regional admin on the belts under its node (decision 0040); a region operator of the
 * belt may grant only editor and campaign manager, on this belt only, and may change only people who hold nothing
 * more than those here. Nobody grants platform_admin or regional_admin here. Nobody reaches a user with no grant on
 * the belt (404, as if there were none), and grants on other belts are never touched.
 */
@Service
public class BeltPeople {

    /** What a region operator may hand out: less than it holds itself. */
    public static final Set<Role> DELEGABLE = EnumSet.of(Role.EDITOR, Role.CAMPAIGN_MANAGER);
    /** What a platform admin may hand out on a belt (platform_admin itself is granted at /admin/people). */
    public static final Set<Role> BELT_ROLES = EnumSet.of(Role.REGION_OPERATOR, Role.EDITOR, Role.CAMPAIGN_MANAGER);

    private final UserMapper mapper;
    private final UserService users;
    private final RegionAdmins regionAdmins;
    private final AuditLog audit;

    BeltPeople(UserMapper mapper, UserService users, RegionAdmins regionAdmins, AuditLog audit) {
        this.regionAdmins = regionAdmins;
        this.mapper = mapper;
        this.users = users;
        this.audit = audit;
    }

    /** Everyone holding a grant on the belt, by name, with all their grants. */
    public List<User> of(TenantId belt) {
        return mapper.findOnTenant(belt).stream().map(user -> users.require(user.username())).toList();
    }

    /** The roles {@code actor} may grant on the belt; empty when it may manage nobody there. */
    public Set<Role> grantableBy(String actor, TenantId belt) {
        User holder = users.require(actor);
        List<RoleGrant> held = holder.grants();
        if (held.stream().anyMatch(grant -> grant.role() == Role.PLATFORM_ADMIN) || holder.regionBelts().contains(belt)) {
            return BELT_ROLES;
        }
        boolean operator = held.stream().anyMatch(grant -> belt.equals(grant.tenantId()) && grant.role() == Role.REGION_OPERATOR);
        return operator ? DELEGABLE : Set.of();
    }

    /** Whether {@code actor} may change {@code person}'s roles on the belt: all they hold there is grantable. */
    public boolean mayManage(String actor, User person, TenantId belt) {
        Set<Role> grantable = grantableBy(actor, belt);
        return !grantable.isEmpty() && !person.username().equals(actor)
                && person.grants().stream().noneMatch(grant -> grant.role() == Role.PLATFORM_ADMIN)
                && regionAdmins.outranks(actor, person)
                && rolesOn(person, belt).stream().allMatch(grantable::contains);
    }

    /** Creates a user with roles on this belt only; the caller mails the link to set a password. */
    @Transactional
    public User invite(String actor, Tenant belt, String username, String email, Set<Role> roles) {
        requireGrantable(actor, belt.id(), roles);
        Problems problems = new Problems().require(!roles.isEmpty(), "roles", "choose at least one role");
        List<UserDraft.GrantDraft> grants = roles.stream().map(role -> new UserDraft.GrantDraft(belt.slug(), role)).toList();
        User created = users.createInvited(actor, username, email, grants, problems);
        audit.record(actor, belt.id(), "people.invite", "user", created.username(), null, roles);
        return created;
    }

    /** Replaces the person's roles on this belt (none: removes them from it); grants elsewhere stay. */
    @Transactional
    public User setRoles(String actor, TenantId belt, String username, Set<Role> roles) {
        requireGrantable(actor, belt, roles);
        User person = users.find(username).filter(found -> !rolesOn(found, belt).isEmpty())
                .orElseThrow(() -> new NotFoundException("no user " + username + " on this belt"));
        if (!mayManage(actor, person, belt)) {
            throw new ForbiddenException("you may not change the roles of " + username + " on this belt");
        }
        Set<Role> before = rolesOn(person, belt);
        mapper.deleteGrantsOn(person.id(), belt);
        roles.forEach(role -> mapper.insertGrant(person.id(), belt, role, null));
        audit.record(actor, belt, roles.isEmpty() ? "people.remove" : "people.roles", "user", username, before, roles);
        return users.require(username);
    }

    /** The roles the person holds on the belt. */
    public static Set<Role> rolesOn(User person, TenantId belt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        person.grants().stream().filter(grant -> belt.equals(grant.tenantId())).forEach(grant -> roles.add(grant.role()));
        return roles;
    }

    private void requireGrantable(String actor, TenantId belt, Set<Role> roles) {
        Set<Role> grantable = grantableBy(actor, belt);
        if (grantable.isEmpty() || !grantable.containsAll(roles)) {
            throw new ForbiddenException("you may grant only " + grantable + " on this belt");
        }
    }
}
