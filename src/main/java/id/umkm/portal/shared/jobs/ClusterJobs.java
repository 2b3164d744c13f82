package id.umkm.portal.shared.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Scheduled jobs that run once across the cluster. Every instance schedules every job each interval
 * (umkm.jobs.interval, a minute by default), but a run only goes ahead on the instance holding the job's
 * lease in the database (job_lease). The holder renews its lease on each run and holds it for two
 * intervals, so while it lives the others skip; when it dies, another instance takes over within two
 * intervals; a clean shutdown hands over at once. The lease works with or without Hazelcast, and a run
 * outlasting its lease stays safe because every job step guards itself in the database too.
 */
@ApplicationScoped
public class ClusterJobs {

    private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:app/jdbc/umkm")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "umkm.jobs.interval", defaultValue = "PT1M")
    private Duration interval;

    @Inject
    private Clock clock;

    private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final List<ScheduledFuture<?>> schedules = new CopyOnWriteArrayList<>();
    private JobLeases leases;

    @PostConstruct
    void init() {
        leases = new JdbcJobLeases(dataSource);
    }

    /** Runs the work every interval, on one instance of the cluster at a time. */
    public void everyInterval(String job, Consumer<JobRun> work) {
        every(job, interval, interval, work);
    }

    /** Runs the work first after {@code firstAfter}, then every {@code period}, on one instance at a time. */
    public void every(String job, Duration firstAfter, Duration period, Consumer<JobRun> work) {
        LeasedJob task = new LeasedJob(job, holder, period.multipliedBy(2), leases, clock, work);
        schedules.add(scheduler.scheduleWithFixedDelay(task, firstAfter.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS));
        LOG.info(() -> "Job " + job + " scheduled every " + period + " on " + holder);
    }

    @PreDestroy
    void stop() {
        schedules.forEach(s -> s.cancel(false));
        try {
            leases.releaseAll(holder);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not hand over the job leases; others take over when they lapse", e);
        }
    }
}
