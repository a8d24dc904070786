package org.beltportal.core.notification;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs the {@link DeliverySender} every {@code portal.notifications.poll-interval} on a thread of its own. */
@Component
class DeliveryPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPoller.class);

    private final DeliverySender sender;
    private final long intervalMillis;
    private final int batchSize;
    private ScheduledExecutorService executor;

    DeliveryPoller(DeliverySender sender, NotificationProperties properties) {
        this.sender = sender;
        this.intervalMillis = properties.pollInterval().toMillis();
        this.batchSize = properties.batchSize();
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("notification-sender").daemon().factory());
        executor.scheduleWithFixedDelay(this::drain, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    /** Batch after batch while they come back full (more may be due); an error waits for the next round. */
    private void drain() {
        try {
            while (sender.sendDue() >= batchSize && !Thread.currentThread().isInterrupted()) {
                log.debug("a full batch of notifications went out; looking for more");
            }
        } catch (RuntimeException e) {
            log.warn("sending notifications failed; trying again in {} ms", intervalMillis, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
