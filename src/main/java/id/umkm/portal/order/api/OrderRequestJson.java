package id.umkm.portal.order.api;

import id.umkm.portal.order.application.CheckoutRequest;
import id.umkm.portal.order.domain.DeliveryMethod;
import id.umkm.portal.shared.domain.RuleViolation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * POST /api/v1/orders body: {"items":[{"productId":1,"quantity":2}], "delivery":{"method":"COURIER",
 * "address":"...","kecamatanId":3,"phone":"0812...","pickupAt":[sellerId...]}}. pickupAt names the
 * sellers whose order the buyer collects even though the rest comes by courier.
 */
public class OrderRequestJson {

    public List<Item> items;
    public Delivery delivery;

    public static class Item {
        public Long productId;
        public Long variantId;
        public Integer quantity;
    }

    public static class Delivery {
        public String method;
        public String address;
        public Short kecamatanId;
        public String phone;
        public List<Long> pickupAt;
    }

    CheckoutRequest toRequest() {
        if (items == null || delivery == null) {
            throw new RuleViolation(items == null ? "items" : "delivery", "order.api.bodyIncomplete");
        }
        DeliveryMethod method;
        try {
            method = delivery.method == null ? null : DeliveryMethod.valueOf(delivery.method);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("delivery.method", "order.api.unknownMethod");
        }
        Map<Long, DeliveryMethod> bySeller = new HashMap<>();
        if (delivery.pickupAt != null) {
            delivery.pickupAt.forEach(sellerId -> bySeller.put(sellerId, DeliveryMethod.PICKUP));
        }
        List<CheckoutRequest.Item> lines = items.stream().map(i -> new CheckoutRequest.Item(i == null ? null : i.productId,
                i == null ? null : i.variantId, i == null || i.quantity == null ? 0 : i.quantity)).toList();
        return new CheckoutRequest(lines, delivery.phone, delivery.address, delivery.kecamatanId, method, bySeller);
    }
}
