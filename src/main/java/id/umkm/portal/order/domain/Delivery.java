package id.umkm.portal.order.domain;

import id.umkm.portal.shared.domain.Money;

/**
 * How an order reaches the buyer. Courier delivery needs an address and its kecamatan (the fee
 * depends on it); pickup costs nothing.
 */
public record Delivery(DeliveryMethod method, String address, Short kecamatanId, String phone, Money fee) {

    public Delivery {
        if (method == DeliveryMethod.COURIER && (address == null || address.isBlank() || kecamatanId == null)) {
            throw new IllegalArgumentException("Courier delivery needs an address and its kecamatan");
        }
        if (method == DeliveryMethod.PICKUP && fee.rupiah() != 0) {
            throw new IllegalArgumentException("Pickup costs nothing");
        }
    }

    public static Delivery pickup(String phone) {
        return new Delivery(DeliveryMethod.PICKUP, null, null, phone, Money.ZERO);
    }

    public static Delivery courier(String address, short kecamatanId, String phone, Money fee) {
        return new Delivery(DeliveryMethod.COURIER, address, kecamatanId, phone, fee);
    }
}
