package id.umkm.portal.order.application;

import id.umkm.portal.order.domain.Actor;
import id.umkm.portal.order.domain.DeliveryMethod;
import id.umkm.portal.order.domain.Order;
import id.umkm.portal.order.domain.OrderStatus;
import id.umkm.portal.shared.domain.Money;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An order as its buyer and its seller see it, with its lines and timeline. */
public record OrderDetails(long id, String number, long checkoutId, long buyerAccountId, String buyerName, long sellerId,
        String sellerName, OrderStatus status, DeliveryMethod deliveryMethod, String deliveryAddress, String deliveryKecamatan,
        String buyerPhone, Money itemsTotal, Money deliveryFee, Money total, Instant placedAt, Instant payBy, Instant paidAt,
        Instant shippedAt, Instant closedAt, String cancelReason, boolean refundDue, List<Line> items, List<Step> timeline) implements Serializable {

    public record Line(long productId, Long variantId, String name, Money unitPrice, int quantity) implements Serializable {

        public Money lineTotal() {
            return unitPrice.times(quantity);
        }
    }

    public record Step(OrderStatus from, OrderStatus to, Actor.Type actor, String note, Instant at) implements Serializable {
    }

    static OrderDetails of(Order o, String buyerName, String sellerName, String kecamatan) {
        return new OrderDetails(o.getId(), o.getOrderNumber(), o.getCheckoutId(), o.getBuyerAccountId(), buyerName,
                o.getSellerId(), sellerName, o.getStatus(), o.getDeliveryMethod(), o.getDeliveryAddress(), kecamatan,
                o.getBuyerPhone(), o.getItemsTotal(), o.getDeliveryFee(), o.getTotal(), o.getPlacedAt(), o.getPayBy(),
                o.getPaidAt(), o.getShippedAt(), o.getClosedAt(), o.getCancelReason(), o.isRefundDue(),
                o.getItems().stream().map(i -> new Line(i.getProductId(), i.getVariantId(), i.getName(), i.getUnitPrice(),
                        i.getQuantity())).toList(),
                o.getTimeline().stream().map(e -> new Step(e.getFrom(), e.getTo(), e.getActor().type(), e.getNote(),
                        e.getOccurredAt())).toList());
    }

    public String paymentReference() {
        return "CO-" + checkoutId;
    }
}
