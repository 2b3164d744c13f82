package id.umkm.portal.payment.application;

import id.umkm.portal.shared.domain.Money;
import java.time.Instant;

/**
 * CDI event: the gateway confirmed (signature checked, status queried) that a charge was paid.
 * Fired exactly once per reference, synchronously inside the transaction that records the
 * payment, so an observer's changes (an order marked paid) commit or roll back with it.
 * Observe it with {@code @Observes} and act only on your own reference prefix.
 */
public record PaymentReceived(String reference, Money amount, Instant paidAt) {
}
