package id.umkm.portal.oss.infrastructure;

import id.umkm.portal.oss.application.NibLookups;
import id.umkm.portal.oss.application.OssNibRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every interval (umkm.jobs.interval): asks OSS again about the NIBs it could not answer before.
 * Answers reach sellers and applications through {@code NibAnswered}.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OssJobs {

    private static final Logger LOG = Logger.getLogger(OssJobs.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "umkm.jobs.interval", defaultValue = "PT1M")
    private Duration interval;

    @Inject
    private NibLookups lookups;

    @Inject
    private OssNibRegistry registry;

    @Inject
    private Clock clock;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::retryPending, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    /** Never lets an exception out: a scheduled task that throws is never run again. */
    private void retryPending() {
        try {
            for (String nib : lookups.due(clock.instant(), 20)) {
                try {
                    registry.retry(nib);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Retrying the OSS look-up of " + nib + " failed", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The OSS retry job failed; it runs again in " + interval, e);
        }
    }
}
