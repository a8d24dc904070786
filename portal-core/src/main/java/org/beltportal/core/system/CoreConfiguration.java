package org.beltportal.core.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Beans the domain needs from its surroundings: the clock and the password hash. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    /** Tests replace it with a fixed or steppable clock; nothing in the domain calls Instant.now() directly. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Delegating encoder: bcrypt today, with the algorithm id stored so it can change without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
