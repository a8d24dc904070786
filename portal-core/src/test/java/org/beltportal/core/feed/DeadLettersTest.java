package org.beltportal.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.beltportal.core.tenant.Tenant;
import org.beltportal.core.tenant.TenantService;
import org.beltportal.core.testing.Fixtures;
import org.beltportal.core.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The dead letters on the real database (decision 0054), for two belts holding the same product ids: each statement
 * reads and removes its own belt's rows only.
 */
@SpringBootTest
class DeadLettersTest extends TestDatabase {

    @Autowired
    DeadLetters deadLetters;
    @Autowired
    TenantService tenants;

    Tenant belt;
    Tenant twin;

    @BeforeEach
    void twoBelts() {
        belt = tenants.create("tester", Fixtures.uniqueSlug("letters"), Fixtures.settings("死信"), List.of());
        twin = tenants.create("tester", Fixtures.uniqueSlug("twin"), Fixtures.settings("孪生"), List.of());
    }

    @Test
    void aProductsFirstRefusalIsNewAndARepeatKeepsOneRowWithTheLatestReason() {
        assertThat(deadLetters.record(belt.id(), 7, "first")).isTrue();
        assertThat(deadLetters.record(belt.id(), 7, "second")).isFalse();
        assertThat(deadLetters.record(twin.id(), 7, "the twin's")).as("the same id in another belt").isTrue();

        assertThat(deadLetters.newest(belt.id(), 10)).extracting(DeadLetter::productId, DeadLetter::reason)
                .containsExactly(tuple(7L, "second"));
        assertThat(deadLetters.countByBelt()).containsEntry(belt.id(), 1L).containsEntry(twin.id(), 1L);
    }

    @Test
    void aLongReasonIsCut() {
        deadLetters.record(belt.id(), 1, "x".repeat(5000));

        assertThat(deadLetters.newest(belt.id(), 1).getFirst().reason()).hasSize(DeadLetters.MAX_REASON);
    }

    @Test
    void resolvedRemovesOnlyThoseProductsOfThatBelt() {
        deadLetters.record(belt.id(), 1, "refused");
        deadLetters.record(belt.id(), 2, "refused");
        deadLetters.record(twin.id(), 1, "refused");

        deadLetters.resolved(belt.id(), List.of(1L, 3L));

        assertThat(deadLetters.newest(belt.id(), 10)).extracting(DeadLetter::productId).containsExactly(2L);
        assertThat(deadLetters.count(twin.id())).isEqualTo(1);
    }

    /**
     * Times are compared as the database keeps them, which may be whole seconds (MariaDB through Connector/J keeps
     * no fraction here): a refusal in the retry's first second is kept, the safe side. The waits step past it.
     */
    @Test
    void aRetryKeepsOnlyWhatWasRefusedAgainSinceItStarted() throws InterruptedException {
        deadLetters.record(belt.id(), 1, "refused before");
        deadLetters.record(twin.id(), 1, "refused before");
        Thread.sleep(1100);
        Instant started = Instant.now();
        deadLetters.record(belt.id(), 2, "refused during the retry");

        deadLetters.retriedSince(belt.id(), started);

        assertThat(deadLetters.newest(belt.id(), 10)).extracting(DeadLetter::productId).containsExactly(2L);
        assertThat(deadLetters.count(twin.id())).as("another belt's retry is its own").isEqualTo(1);
    }
}
