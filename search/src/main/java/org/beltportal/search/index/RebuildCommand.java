package org.beltportal.search.index;

import java.time.Duration;

import org.beltportal.core.job.Job;
import org.beltportal.core.job.JobService;
import org.beltportal.core.job.JobState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The rebuild command: started with {@code --portal.rebuild-index=true}, the application rebuilds the
 * configured backend's index from the database as a job, waits for it, and exits (status 0 on success). For operators who
 * want a fresh index without the HTTP API; see docs/operations.md.
 */
@Component
@EnableConfigurationProperties(SearchIndexProperties.class)
class RebuildCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);

    private final boolean requested;
    private final IndexMaintenance indexer;
    private final JobService jobs;
    private final ConfigurableApplicationContext context;

    RebuildCommand(SearchIndexProperties properties, IndexMaintenance indexer, JobService jobs,
                   ConfigurableApplicationContext context) {
        this.requested = properties.rebuildIndex();
        this.indexer = indexer;
        this.jobs = jobs;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (!requested) {
            return;
        }
        Job job = indexer.startRebuild("command");
        while (!job.state().isFinished()) {
            Thread.sleep(Duration.ofSeconds(1));
            job = jobs.require(job.id());
            log.info("Rebuild job {}: {} of {} products", job.id(), job.processed(), job.total());
        }
        log.info("Rebuild job {} {}: {}", job.id(), job.state().code(), job.message());
        int status = job.state() == JobState.SUCCEEDED ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
