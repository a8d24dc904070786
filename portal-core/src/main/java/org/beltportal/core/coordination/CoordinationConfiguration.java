package org.beltportal.core.coordination;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The lock table of {@link OneNodeJobs}, and the purge of expired {@link LimitStates}. */
@Configuration(proxyBeanMethods = false)
class CoordinationConfiguration {

    /** Expired limit rows take a little space and no time (they read as absent), so a purge now and then will do. */
    static final Duration LIMIT_PURGE_EVERY = Duration.ofMinutes(10);

    /**
     * ShedLock on the {@code shedlock} table (migration V19). Lock times are the database's clock
     * ({@code usingDbTime}), so nodes whose clocks drift apart still agree on when a lock runs out.
     */
    @Bean
    LockProvider oneNodeLocks(DataSource dataSource) throws SQLException {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .withDatabaseProduct(DatabaseProduct.matchProductName(product))
                .usingDbTime()
                .build());
    }

    @Bean
    OneNodeJob limitStatePurge(JdbcLimitStates limits) {
        return new OneNodeJob("limit-state-purge", LIMIT_PURGE_EVERY, Duration.ofMinutes(5), limits::purgeExpired);
    }
}
