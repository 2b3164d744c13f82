package id.umkm.portal.order.application;

/** A twin submission with the same idempotency key committed first; its result is the answer. */
class CheckoutAlreadyPlaced extends RuntimeException {

    CheckoutAlreadyPlaced(Throwable cause) {
        super("A checkout with this idempotency key exists", cause);
    }
}
