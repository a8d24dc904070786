package org.beltportal.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.beltportal.core.audit.AuditLog;
import org.beltportal.core.region.RegionBelts;
import org.beltportal.core.region.Regions;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.user.internal.UserMapper;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password checks with the real bcrypt encoder and the store mocked. */
class UserServiceTest {

    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final UserMapper mapper = mock(UserMapper.class);
    final UserService users = new UserService(mapper, mock(TenantService.class), mock(Regions.class), mock(RegionBelts.class), encoder, mock(AuditLog.class), Clock.systemUTC());
    final User known = new User(7, "operator", encoder.encode("the-right-password"), true, Instant.EPOCH);

    private static long median(int tries, Supplier<?> attempt) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < tries; i++) {
            long start = System.nanoTime();
            attempt.get();
            nanos.add(System.nanoTime() - start);
        }
        return nanos.stream().sorted().toList().get(tries / 2);
    }

    @Test
    void anUnknownNameTakesAsLongAsAWrongPassword() {
        when(mapper.findByUsername("operator")).thenReturn(Optional.of(known));
        when(mapper.findByUsername("nobody")).thenReturn(Optional.empty());
        Supplier<Optional<User>> unknown = () -> users.checkPassword(users.findForLogin("nobody"), "a-guess-123");
        Supplier<Optional<User>> wrong = () -> users.checkPassword(users.findForLogin("operator"), "a-guess-123");
        Supplier<Optional<User>> tooLong = () -> users.checkPassword(users.findForLogin("operator"), "猜".repeat(40));
        unknown.get();
        wrong.get();

        long unknownNanos = median(20, unknown);
        long wrongNanos = median(20, wrong);
        long tooLongNanos = median(20, tooLong);

        assertThat(unknown.get()).isEmpty();
        assertThat(wrong.get()).isEmpty();
        // bcrypt dominates both: without the dummy hash an unknown name answered many times faster.
        assertThat(unknownNanos).isGreaterThan(wrongNanos / 2);
        assertThat(tooLongNanos).isGreaterThan(wrongNanos / 2);
    }

    @Test
    void theRightPasswordOfAnEnabledAccountPasses() {
        when(mapper.findByUsername("operator")).thenReturn(Optional.of(known));
        assertThat(users.checkPassword(users.findForLogin("operator"), "the-right-password")).map(User::id).contains(7L);
        User disabled = new User(8, "gone", known.passwordHash(), false, Instant.EPOCH);
        assertThat(users.checkPassword(Optional.of(disabled), "the-right-password")).isEmpty();
    }

    @Test
    void aSessionEndsWhenThePasswordChanges() {
        when(mapper.findById(7)).thenReturn(Optional.of(known));
        String stamp = known.credentialStamp();
        assertThat(users.sessionUser(7, stamp)).isPresent();
        User changed = new User(7, "operator", encoder.encode("the-right-password"), true, Instant.EPOCH);
        when(mapper.findById(7)).thenReturn(Optional.of(changed));
        assertThat(users.sessionUser(7, stamp)).isEmpty();
        assertThat(users.sessionUser(7, changed.credentialStamp())).isPresent();
    }

    @Test
    void aSessionEndsWhenItsUserIsDisabledOrDeleted() {
        String stamp = known.credentialStamp();
        when(mapper.findById(7)).thenReturn(Optional.of(new User(7, "operator", known.passwordHash(), false, Instant.EPOCH)));
        assertThat(users.sessionUser(7, stamp)).isEmpty();
        when(mapper.findById(7)).thenReturn(Optional.empty());
        assertThat(users.sessionUser(7, stamp)).isEmpty();
    }
}
