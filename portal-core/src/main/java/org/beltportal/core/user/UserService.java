package org.beltportal.core.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.system.ConflictException;
import org.beltportal.core.system.NotFoundException;
import org.beltportal.core.system.Problems;
import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, grants and API tokens. Tokens are random, shown once, and stored only as SHA-256 hashes. */
@Service
public class UserService {

    public static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final int MIN_PASSWORD = 10;

    private final UserMapper mapper;
    private final TenantService tenants;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public UserService(UserMapper mapper, TenantService tenants, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.mapper = mapper;
        this.tenants = tenants;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<User> find(String username) {
        return mapper.findByUsername(username).map(this::withGrants);
    }

    public User require(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("no user " + username));
    }

    public List<User> all() {
        return mapper.findAll().stream().map(this::withGrants).toList();
    }

    @Transactional
    public User create(String actor, UserDraft draft) {
        Problems problems = new Problems();
        problems.require(draft.username() != null, "username", "is required")
                .matches(draft.username(), USERNAME, "username", "must be 2-64 lowercase letters, digits, . _ -")
                .require(draft.password() != null && draft.password().length() >= MIN_PASSWORD
                        && draft.password().length() <= 128, "password", "must have " + MIN_PASSWORD + " to 128 characters");
        List<RoleGrant> grants = resolveGrants(draft.grants(), problems);
        problems.throwIfAny();
        if (mapper.findByUsername(draft.username()).isPresent()) {
            throw new ConflictException("username " + draft.username() + " is taken");
        }
        UserMapper.WriteRow row = new UserMapper.WriteRow(draft.username(), passwords.encode(draft.password()), clock.instant());
        mapper.insert(row);
        grants.forEach(grant -> mapper.insertGrant(row.id, grant.tenantId(), grant.role()));
        User created = require(draft.username());
        audit.record(actor, null, "user.create", "user", draft.username(), null, created);
        return created;
    }

    @Transactional
    public User replaceGrants(String actor, String username, List<UserDraft.GrantDraft> requested) {
        User before = require(username);
        Problems problems = new Problems();
        List<RoleGrant> grants = resolveGrants(requested, problems);
        problems.throwIfAny();
        mapper.deleteGrants(before.id());
        grants.forEach(grant -> mapper.insertGrant(before.id(), grant.tenantId(), grant.role()));
        User after = require(username);
        audit.record(actor, null, "user.grants", "user", username, before, after);
        return after;
    }

    @Transactional
    public void delete(String actor, String username) {
        User before = require(username);
        if (before.username().equals(actor)) {
            throw new ConflictException("you cannot delete yourself");
        }
        mapper.delete(before.id());
        audit.record(actor, null, "user.delete", "user", username, before, null);
    }

    /** Creates the user only if the name is free; used once at first start for "admin". */
    @Transactional
    public boolean createPlatformAdminIfMissing(String username, String password) {
        if (mapper.findByUsername(username).isPresent()) {
            return false;
        }
        UserMapper.WriteRow row = new UserMapper.WriteRow(username, passwords.encode(password), clock.instant());
        mapper.insert(row);
        mapper.insertGrant(row.id, null, Role.PLATFORM_ADMIN);
        audit.record("system", null, "user.create", "user", username, null, require(username));
        return true;
    }

    /** The user when the password matches and the account is enabled. */
    public Optional<User> authenticate(String username, String password) {
        return mapper.findByUsername(username)
                .filter(User::enabled)
                .filter(user -> passwords.matches(password, user.passwordHash()))
                .map(this::withGrants);
    }

    @Transactional
    public IssuedToken issueToken(String username) {
        User user = require(username);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(TOKEN_LIFETIME);
        mapper.deleteExpiredTokens(now);
        mapper.insertToken(user.id(), sha256(token), now, expiresAt);
        return new IssuedToken(token, expiresAt);
    }

    public Optional<User> userForToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return mapper.findUserIdByTokenHash(sha256(token), clock.instant())
                .flatMap(mapper::findById)
                .filter(User::enabled)
                .map(this::withGrants);
    }

    /** A freshly issued token; the only time the token itself exists outside the client. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    private List<RoleGrant> resolveGrants(List<UserDraft.GrantDraft> requested, Problems problems) {
        List<RoleGrant> grants = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            UserDraft.GrantDraft grant = requested.get(i);
            String field = "grants[" + i + "]";
            if (grant == null || grant.role() == null) {
                problems.require(false, field, "needs a role");
            } else if (grant.role() == Role.PLATFORM_ADMIN) {
                problems.require(grant.tenant() == null, field, "platform_admin is granted without a tenant");
                grants.add(new RoleGrant(null, Role.PLATFORM_ADMIN));
            } else {
                Optional<Tenant> tenant = grant.tenant() == null ? Optional.empty() : tenants.findBySlug(grant.tenant());
                problems.require(tenant.isPresent(), field + ".tenant", "must name an existing tenant");
                tenant.ifPresent(t -> grants.add(new RoleGrant(t.id(), grant.role())));
            }
        }
        return grants.stream().distinct().toList();
    }

    private User withGrants(User user) {
        return user.withGrants(mapper.findGrants(user.id()));
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
