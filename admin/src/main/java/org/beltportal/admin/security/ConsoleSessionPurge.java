package org.beltportal.admin.security;

import java.time.Duration;

import org.beltportal.core.coordination.OneNodeJob;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Deletes expired console sessions from the database every minute (Spring's own schedule, which the server
 * switches off, would run the same delete on every node at the same second).
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSessionPurge {

    static final Duration EVERY = Duration.ofMinutes(1);

    @Bean
    OneNodeJob consoleSessionPurgeJob(JdbcIndexedSessionRepository sessions) {
        return new OneNodeJob("console-session-purge", EVERY, Duration.ofMinutes(5), sessions::cleanUpExpiredSessions);
    }
}
