package id.umkm.portal.payment.domain;

/** A QR payload that is not a well-formed QRIS (EMVCo merchant-presented) code; the message says what is wrong. */
public class InvalidQrisException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidQrisException(String message) {
        super(message);
    }
}
