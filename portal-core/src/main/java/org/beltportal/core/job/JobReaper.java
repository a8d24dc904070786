package org.beltportal.core.job;

import java.time.Duration;

import org.beltportal.core.coordination.OneNodeJob;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Fails the jobs of nodes that died (decision 0019) every minute, on one node at a time (decision 0044). */
@Configuration(proxyBeanMethods = false)
class JobReaper {

    static final Duration EVERY = Duration.ofMinutes(1);

    @Bean
    OneNodeJob lostJobReaper(JobService jobs) {
        return new OneNodeJob("lost-job-reaper", EVERY, Duration.ofMinutes(5), jobs::failJobsOfLostNodes);
    }
}
