package id.umkm.portal.consignment.infrastructure;

import id.umkm.portal.consignment.application.CounterSales;
import id.umkm.portal.consignment.application.PayoutSchedule;
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
 * Every jobs interval, on one instance of the cluster: age the goods at the outlets once per day (WITA; flag
 * what expires within 7 days, take expired food off sale, apply the one markdown), draw the statements due
 * on the agreements' payout schedules, and call off QRIS sales whose charge ran out unpaid, putting their
 * units back. The day's ageing and each statement's period are claimed in the database, so an instance
 * taking the lease over, or two runs overlapping, do each of them once.
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
    private PayoutSchedule schedule;

    @Inject
    private SaleBook book;

    @Inject
    private CounterSales counter;

    @PostConstruct
    void start() {
        jobs.everyInterval("consignment", this::runDueWork);
    }

    private void runDueWork(JobRun run) {
        LocalDate today = stock.today();
        run.step("ageing the outlet's goods on " + today, () -> stock.ageOnce(today)
                .ifPresent(aged -> LOG.info(() -> "Consignment ageing " + today + ": " + aged)));
        run.step("drawing the statements due on the payout schedules", () -> schedule.drawDue()
                .forEach(s -> LOG.info(() -> "Statement " + s.number() + " drawn for " + s.sellerName() + ", " + s.periodFrom()
                        + " – " + s.periodTo() + ": " + s.totals().netPayable().format())));
        for (long saleId : book.awaitingSince(run.now().minus(CounterSales.QRIS_WINDOW).minusSeconds(60))) {
            run.step("calling off unpaid outlet sale " + saleId, () -> counter.cancel(saleId));
        }
    }
}
