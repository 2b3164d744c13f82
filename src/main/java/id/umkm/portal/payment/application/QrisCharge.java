package id.umkm.portal.payment.application;

import id.umkm.portal.payment.domain.PaymentState;
import id.umkm.portal.shared.domain.Money;
import java.io.Serializable;
import java.time.Instant;

/** A dynamic QRIS charge as the payer sees it: the QR string to draw, the amount and until when. */
public record QrisCharge(String reference, Money amount, String qrString, Instant expiresAt, PaymentState state) implements Serializable {
}
