package id.umkm.portal.order.infrastructure;

import id.umkm.portal.order.application.OrderMoves;
import id.umkm.portal.order.application.OrderPayments;
import id.umkm.portal.order.application.OrderQueries;
import id.umkm.portal.shared.jobs.ClusterJobs;
import id.umkm.portal.shared.jobs.JobRun;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Every jobs interval, on one instance of the cluster: expire unpaid checkouts whose time ran out (stock
 * back, charge withdrawn) and complete orders shipped a week ago. Each step locks its order rows and asks
 * the order whether it is still due, so a payment or a buyer's confirmation arriving meanwhile wins cleanly.
 */
@Startup
@Singleton
public class OrderJobs {

    @Inject
    private ClusterJobs jobs;

    @Inject
    private OrderQueries queries;

    @Inject
    private OrderMoves moves;

    @Inject
    private OrderPayments payments;

    @PostConstruct
    void start() {
        jobs.everyInterval("order", this::runDueWork);
    }

    private void runDueWork(JobRun run) {
        Instant now = run.now();
        for (long checkoutId : queries.checkoutsDueToExpire(now)) {
            run.step("expiring checkout " + checkoutId, () -> {
                if (moves.expireCheckout(checkoutId, now)) {
                    payments.cancelCharge(checkoutId);
                }
            });
        }
        for (long orderId : queries.ordersDueToComplete(now)) {
            run.step("completing order " + orderId, () -> moves.autoComplete(orderId, now));
        }
    }
}
