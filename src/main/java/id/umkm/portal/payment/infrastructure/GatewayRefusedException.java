package id.umkm.portal.payment.infrastructure;

import id.umkm.portal.payment.application.PaymentUnavailableException;

/** The gateway answered but refused the request (bad key, bad request): retrying cannot help. */
public class GatewayRefusedException extends PaymentUnavailableException {

    public GatewayRefusedException(String message) {
        super(message, null);
    }
}
