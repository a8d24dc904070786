package org.beltportal.themes;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The clock of the web-slice tests: it stands at {@link TestData#NOW}, where the test data is published. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    @Bean
    Clock clock() {
        return Clock.fixed(TestData.NOW, ZoneOffset.UTC);
    }
}
