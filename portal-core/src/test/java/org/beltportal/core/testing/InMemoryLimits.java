package org.beltportal.core.testing;

import java.time.Clock;

import org.beltportal.core.coordination.LimitStates;
import org.springframework.context.annotation.Bean;

/**
 * For web slices without a database that still sign people in: limit counts in memory, on the system clock.
 * {@code @Import} it; it is no {@code @Configuration}, so the core's own test application does not scan it in.
 */
public class InMemoryLimits {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    LimitStates limitStates(Clock clock) {
        return new LimitStatesInMemory(clock);
    }
}
