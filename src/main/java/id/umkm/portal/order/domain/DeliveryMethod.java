package id.umkm.portal.order.domain;

/** Pickup at the seller's, or the local courier with a fee by kecamatan pair. */
public enum DeliveryMethod {
    PICKUP, COURIER
}
