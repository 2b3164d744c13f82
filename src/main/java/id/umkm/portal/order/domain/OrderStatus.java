package id.umkm.portal.order.domain;

/** The life of an order; CANCELLED and EXPIRED end it early, COMPLETED ends it well. */
public enum OrderStatus {
    PENDING_PAYMENT, PAID, PROCESSING, SHIPPED, COMPLETED, CANCELLED, EXPIRED;

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED || this == EXPIRED;
    }

    public boolean isPaid() {
        return this == PAID || this == PROCESSING || this == SHIPPED || this == COMPLETED;
    }
}
