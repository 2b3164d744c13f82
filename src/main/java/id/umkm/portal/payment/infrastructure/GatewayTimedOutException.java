package id.umkm.portal.payment.infrastructure;

import id.umkm.portal.payment.application.PaymentUnavailableException;

/**
 * The gateway took no connection or gave no answer within the client's timeouts. Not retried at once:
 * a hung gateway would only hang again while the buyer waits; the reconciliation job asks later.
 */
public class GatewayTimedOutException extends PaymentUnavailableException {

    private static final long serialVersionUID = 1L;

    public GatewayTimedOutException(String message, Throwable cause) {
        super(message, cause);
    }
}
