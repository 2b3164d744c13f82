package id.umkm.portal.licensing.infrastructure;

import id.umkm.portal.licensing.application.ExpiryReminders;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Every interval (umkm.jobs.interval): expiry reminders for permits entering their renewal window. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LicensingJobs {

    private static final Logger LOG = Logger.getLogger(LicensingJobs.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "umkm.jobs.interval", defaultValue = "PT1M")
    private Duration interval;

    @Inject
    private ExpiryReminders reminders;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::remind, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    /** Never lets an exception out: a scheduled task that throws is never run again. */
    private void remind() {
        try {
            for (long id : reminders.due()) {
                try {
                    reminders.remind(id);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Expiry reminder for permit application " + id + " failed", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The permit expiry job failed; it runs again in " + interval, e);
        }
    }
}
