package id.umkm.portal.consignment.infrastructure;

import id.umkm.portal.consignment.application.CounterSales;
import id.umkm.portal.consignment.application.SaleBook;
import id.umkm.portal.consignment.application.Stock;
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
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every interval (umkm.jobs.interval): once per day (WITA), age the goods at the outlets (flag what expires
 * within 7 days, take expired food off sale, apply the one markdown); and always, call off QRIS sales whose
 * charge ran out unpaid, putting their units back. Ageing is idempotent, so a second instance running it the
 * same day changes nothing.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConsignmentJobs {

    private static final Logger LOG = Logger.getLogger(ConsignmentJobs.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "umkm.jobs.interval", defaultValue = "PT1M")
    private Duration interval;

    @Inject
    private Stock stock;

    @Inject
    private SaleBook book;

    @Inject
    private CounterSales counter;

    @Inject
    private Clock clock;

    private LocalDate agedOn;
    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::runDueWork, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    private void runDueWork() {
        LocalDate today = stock.today();
        if (!today.equals(agedOn)) {
            try {
                Stock.AgeingRun run = stock.age(today);
                agedOn = today;
                LOG.info(() -> "Consignment ageing " + today + ": " + run);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Consignment ageing failed; the next run tries again", e);
            }
        }
        for (long saleId : book.awaitingSince(clock.instant().minus(CounterSales.QRIS_WINDOW).minusSeconds(60))) {
            try {
                counter.cancel(saleId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not call off unpaid outlet sale " + saleId, e);
            }
        }
    }
}
