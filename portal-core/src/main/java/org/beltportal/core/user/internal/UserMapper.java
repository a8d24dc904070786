package org.beltportal.core.user.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.beltportal.core.tenant.TenantId;
import org.beltportal.core.user.Role;
import org.beltportal.core.user.RoleGrant;
import org.beltportal.core.user.User;

/** Users are platform-level, so this mapper is not tenant-scoped; grants name their tenant explicitly. */
@Mapper
public interface UserMapper {

    Optional<User> findByUsername(@Param("username") String username);

    Optional<User> findById(@Param("id") long id);

    List<User> findAll();

    /**
     * Users whose name or address matches the LIKE {@code pattern} ('!' escapes; null: all), by name, after
     * {@code afterUsername} (keyset paging; null: from the start).
     */
    List<User> search(@Param("pattern") String pattern, @Param("afterUsername") String afterUsername, @Param("limit") int limit);

    /** Users holding any grant on the tenant, by name. */
    List<User> findOnTenant(@Param("tenantId") TenantId tenantId);

    void updateEnabled(@Param("id") long id, @Param("enabled") boolean enabled);

    /** Removes the user's grants on one tenant, keeping those elsewhere. */
    void deleteGrantsOn(@Param("userId") long userId, @Param("tenantId") TenantId tenantId);

    List<RoleGrant> findGrants(@Param("userId") long userId);

    void insert(@Param("row") WriteRow row);

    void updatePassword(@Param("id") long id, @Param("passwordHash") String passwordHash);

    void updateEmail(@Param("id") long id, @Param("email") String email);

    /** Users whose address is this one, as the database compares text (case-insensitively). */
    List<User> findByEmail(@Param("email") String email);

    /** Addresses of enabled users holding one of {@code roles} on the tenant, each once. */
    List<String> findEmailsOnTenant(@Param("tenantId") TenantId tenantId, @Param("roles") Collection<Role> roles);

    void insertReset(@Param("userId") long userId, @Param("tokenHash") String tokenHash, @Param("now") Instant now,
                     @Param("expiresAt") Instant expiresAt);

    /** The user of an unused, unexpired reset token. */
    Optional<Long> findResetUserId(@Param("tokenHash") String tokenHash, @Param("now") Instant now);

    /** Marks the token used; 0 when it already was (a second use racing the first). */
    int useReset(@Param("tokenHash") String tokenHash, @Param("now") Instant now);

    int deleteOldResets(@Param("now") Instant now);

    /** Usernames of the regional admins of the node itself. */
    List<String> findRegionalAdmins(@Param("regionCode") String regionCode);

    int deleteRegionalGrant(@Param("userId") long userId, @Param("regionCode") String regionCode);

    void insertGrant(@Param("userId") long userId, @Param("tenantId") TenantId tenantId, @Param("role") Role role,
                     @Param("regionCode") String regionCode);

    void deleteGrants(@Param("userId") long userId);

    int delete(@Param("id") long id);

    Optional<Long> findUserIdByTokenHash(@Param("tokenHash") String tokenHash, @Param("now") Instant now);

    void insertToken(@Param("userId") long userId, @Param("tokenHash") String tokenHash, @Param("now") Instant now,
                     @Param("expiresAt") Instant expiresAt);

    int deleteExpiredTokens(@Param("now") Instant now);

    int deleteToken(@Param("tokenHash") String tokenHash);

    /** Deletes every token of the user but the one whose hash is {@code keptHash} (null: keeps none). */
    int deleteTokensOf(@Param("userId") long userId, @Param("keptHash") String keptHash);

    final class WriteRow {
        public Long id;
        public final String username;
        public final String email;
        public final String passwordHash;
        public final Instant now;

        public WriteRow(String username, String email, String passwordHash, Instant now) {
            this.username = username;
            this.email = email;
            this.passwordHash = passwordHash;
            this.now = now;
        }
    }
}
