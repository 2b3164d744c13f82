package id.umkm.portal.order.api;

import id.umkm.portal.order.application.OrderDetails;
import java.time.Instant;
import java.util.List;

/** An order as the API shows it to its buyer or seller; amounts in whole rupiah. */
public record OrderJson(long id, String number, long checkoutId, String status, long sellerId, String sellerName,
        String deliveryMethod, String deliveryAddress, String deliveryKecamatan, String buyerPhone, long itemsTotal,
        long deliveryFee, long total, Instant placedAt, Instant payBy, Instant paidAt, Instant shippedAt, Instant closedAt,
        String cancelReason, boolean refundDue, List<Line> items, List<Step> timeline) {

    public record Line(long productId, Long variantId, String name, long unitPrice, int quantity) {
    }

    public record Step(String from, String to, String actor, String note, Instant at) {
    }

    static OrderJson of(OrderDetails o) {
        return new OrderJson(o.id(), o.number(), o.checkoutId(), o.status().name(), o.sellerId(), o.sellerName(),
                o.deliveryMethod().name(), o.deliveryAddress(), o.deliveryKecamatan(), o.buyerPhone(), o.itemsTotal().rupiah(),
                o.deliveryFee().rupiah(), o.total().rupiah(), o.placedAt(), o.payBy(), o.paidAt(), o.shippedAt(), o.closedAt(),
                o.cancelReason(), o.refundDue(),
                o.items().stream().map(i -> new Line(i.productId(), i.variantId(), i.name(), i.unitPrice().rupiah(), i.quantity())).toList(),
                o.timeline().stream().map(s -> new Step(s.from() == null ? null : s.from().name(), s.to().name(), s.actor().name(),
                        s.note(), s.at())).toList());
    }
}
