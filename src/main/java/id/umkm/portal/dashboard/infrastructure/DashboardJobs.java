package id.umkm.portal.dashboard.infrastructure;

import id.umkm.portal.dashboard.application.Dashboard;
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

/**
 * Recomputes the dashboard's summary table shortly after start and then every
 * umkm.dashboard.refresh-interval (15 minutes by default). The refresh serialises itself on a row
 * lock, so several instances doing this at once only repeat work, never mix it.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DashboardJobs {

    private static final Logger LOG = Logger.getLogger(DashboardJobs.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "umkm.dashboard.refresh-interval", defaultValue = "PT15M")
    private Duration interval;

    @Inject
    private Dashboard dashboard;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::refresh, 20_000, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void refresh() {
        try {
            dashboard.refresh();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Dashboard refresh failed; the previous figures stay", e);
        }
    }
}
