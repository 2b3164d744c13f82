package id.umkm.portal.payment.application;

/** The gateway did not answer in time or refused the call; nothing was recorded. */
public class PaymentUnavailableException extends RuntimeException {

    public PaymentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
