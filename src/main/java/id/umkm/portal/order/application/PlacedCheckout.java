package id.umkm.portal.order.application;

import id.umkm.portal.payment.application.QrisCharge;
import java.util.Optional;

/**
 * A checkout and its QRIS charge; the charge is empty when the gateway could not be reached (the
 * orders wait for payment all the same, and the buyer can try again).
 *
 * @param created false when an earlier submission with the same key made this checkout
 */
public record PlacedCheckout(CheckoutSummary checkout, Optional<QrisCharge> charge, boolean created) {
}
