package id.umkm.portal.consignment.infrastructure;

import id.umkm.portal.consignment.application.CounterSales;
import id.umkm.portal.consignment.application.SaleBook;
import id.umkm.portal.consignment.application.Stock;
import id.umkm.portal.shared.jobs.ClusterJobs;
import id.umkm.portal.shared.jobs.JobRun;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Every jobs interval, on one instance of the cluster: once per day (WITA), age the goods at the outlets
 * (flag what expires within 7 days, take expired food off sale, apply the one markdown); and always, call
 * off QRIS sales whose charge ran out unpaid, putting their units back. Ageing is idempotent, so an
 * instance taking the lease over on the same day changes nothing by running it again.
 */
@Startup
@Singleton
public class ConsignmentJobs {

    private static final Logger LOG = Logger.getLogger(ConsignmentJobs.class.getName());

    @Inject
    private ClusterJobs jobs;

    @Inject
    private Stock stock;

    @Inject
    private SaleBook book;

    @Inject
    private CounterSales counter;

    private volatile LocalDate agedOn;

    @PostConstruct
    void start() {
        jobs.everyInterval("consignment", this::runDueWork);
    }

    private void runDueWork(JobRun run) {
        LocalDate today = stock.today();
        if (!today.equals(agedOn)) {
            run.step("ageing the outlet's goods on " + today, () -> {
                Stock.AgeingRun aged = stock.age(today);
                agedOn = today;
                LOG.info(() -> "Consignment ageing " + today + ": " + aged);
            });
        }
        for (long saleId : book.awaitingSince(run.now().minus(CounterSales.QRIS_WINDOW).minusSeconds(60))) {
            run.step("calling off unpaid outlet sale " + saleId, () -> counter.cancel(saleId));
        }
    }
}
