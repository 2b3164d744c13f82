package id.umkm.portal.order.domain;

import static id.umkm.portal.order.domain.OrderStatus.CANCELLED;
import static id.umkm.portal.order.domain.OrderStatus.COMPLETED;
import static id.umkm.portal.order.domain.OrderStatus.EXPIRED;
import static id.umkm.portal.order.domain.OrderStatus.PAID;
import static id.umkm.portal.order.domain.OrderStatus.PENDING_PAYMENT;
import static id.umkm.portal.order.domain.OrderStatus.PROCESSING;
import static id.umkm.portal.order.domain.OrderStatus.SHIPPED;

import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * One seller's part of a buyer's checkout. It moves only through the methods below, each of which
 * refuses a move its state does not allow and writes the step into the timeline. Queries call it
 * ShopOrder: ORDER is a reserved word of JPQL.
 */
@Entity(name = "ShopOrder")
@Table(name = "orders")
public class Order {

    /** An order shipped this long ago completes by itself if the buyer never confirms receipt. */
    public static final Duration AUTO_COMPLETE_AFTER = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_number")
    private String orderNumber;

    @Column(name = "checkout_id")
    private long checkoutId;

    @Column(name = "buyer_account_id")
    private long buyerAccountId;

    @Column(name = "seller_id")
    private long sellerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method")
    private DeliveryMethod deliveryMethod;

    @Column(name = "delivery_address")
    private String deliveryAddress;

    @Column(name = "delivery_kecamatan_id")
    private Short deliveryKecamatanId;

    @Column(name = "buyer_phone")
    private String buyerPhone;

    @Column(name = "items_rupiah")
    private long itemsRupiah;

    @Column(name = "delivery_rupiah")
    private long deliveryRupiah;

    @Column(name = "total_rupiah")
    private long totalRupiah;

    @Column(name = "placed_at")
    private Instant placedAt;

    @Column(name = "pay_by")
    private Instant payBy;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "refund_due")
    private boolean refundDue;

    @Version
    @Column(name = "version")
    private int version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OrderItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<OrderEvent> timeline = new ArrayList<>();

    protected Order() {
    }

    /** A new order waiting for payment until payBy. */
    public static Order place(String orderNumber, long checkoutId, long buyerAccountId, long sellerId, Delivery delivery,
            List<OrderItem> items, Instant now, Duration payWithin) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("An order needs at least one item");
        }
        Order order = new Order();
        order.orderNumber = orderNumber;
        order.checkoutId = checkoutId;
        order.buyerAccountId = buyerAccountId;
        order.sellerId = sellerId;
        order.deliveryMethod = delivery.method();
        order.deliveryAddress = delivery.address();
        order.deliveryKecamatanId = delivery.kecamatanId();
        order.buyerPhone = delivery.phone();
        order.deliveryRupiah = delivery.fee().rupiah();
        for (OrderItem item : items) {
            item.belongTo(order);
            order.items.add(item);
            order.itemsRupiah = Math.addExact(order.itemsRupiah, item.lineTotal().rupiah());
        }
        order.totalRupiah = Math.addExact(order.itemsRupiah, order.deliveryRupiah);
        order.placedAt = now;
        order.payBy = now.plus(payWithin);
        order.status = PENDING_PAYMENT;
        order.record(null, PENDING_PAYMENT, Actor.buyer(buyerAccountId), null, now);
        return order;
    }

    /**
     * The gateway confirmed payment. Returns false, changing nothing, when the order was already
     * paid (a repeated notification). Money arriving for a cancelled or expired order is kept as a
     * refund due rather than reopening the order.
     */
    public boolean markPaid(Instant at) {
        if (status.isPaid()) {
            return false;
        }
        if (status.isClosed()) {
            if (refundDue) {
                return false;
            }
            refundDue = true;
            record(status, status, Actor.SYSTEM, "payment after close: refund due", at);
            return true;
        }
        paidAt = at;
        move(Set.of(PENDING_PAYMENT), PAID, Actor.SYSTEM, null, at);
        return true;
    }

    public void startProcessing(Actor seller, Instant at) {
        move(Set.of(PAID), PROCESSING, seller, null, at);
    }

    public void ship(Actor seller, String note, Instant at) {
        move(Set.of(PROCESSING), SHIPPED, seller, note, at);
        shippedAt = at;
    }

    public void confirmReceipt(Actor buyer, Instant at) {
        move(Set.of(SHIPPED), COMPLETED, buyer, null, at);
        closedAt = at;
    }

    /** Completes an order shipped more than a week ago; false when it is not due yet. */
    public boolean autoComplete(Instant now) {
        if (status != SHIPPED || shippedAt.plus(AUTO_COMPLETE_AFTER).isAfter(now)) {
            return false;
        }
        move(Set.of(SHIPPED), COMPLETED, Actor.SYSTEM, "auto-completed after 7 days", now);
        closedAt = now;
        return true;
    }

    public void cancelByBuyer(Actor buyer, Instant at) {
        move(Set.of(PENDING_PAYMENT), CANCELLED, buyer, null, at);
        closedAt = at;
    }

    /** A seller may cancel until shipping, with a reason the buyer sees; a paid order is refunded. */
    public void cancelBySeller(Actor seller, String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "order.cancel.reasonRequired");
        }
        boolean wasPaid = status.isPaid();
        move(Set.of(PENDING_PAYMENT, PAID, PROCESSING), CANCELLED, seller, reason.strip(), at);
        cancelReason = reason.strip();
        refundDue = wasPaid;
        closedAt = at;
    }

    /** Expires an unpaid order whose time ran out; false when it is paid or not due yet. */
    public boolean expire(Instant now) {
        if (status != PENDING_PAYMENT || payBy.isAfter(now)) {
            return false;
        }
        move(Set.of(PENDING_PAYMENT), EXPIRED, Actor.SYSTEM, null, now);
        closedAt = now;
        return true;
    }

    /** True once the order no longer holds stock: the seller will never send these goods. */
    public boolean releasesStock() {
        return status == CANCELLED || status == EXPIRED;
    }

    private void move(Set<OrderStatus> allowedFrom, OrderStatus to, Actor actor, String note, Instant at) {
        if (!allowedFrom.contains(status)) {
            throw RuleViolation.conflict("status", "order.illegalTransition", status.name(), to.name());
        }
        record(status, to, actor, note, at);
        status = to;
    }

    private void record(OrderStatus from, OrderStatus to, Actor actor, String note, Instant at) {
        timeline.add(new OrderEvent(this, from, to, actor, note, at));
    }

    public Long getId() {
        return id;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public long getCheckoutId() {
        return checkoutId;
    }

    public long getBuyerAccountId() {
        return buyerAccountId;
    }

    public long getSellerId() {
        return sellerId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public DeliveryMethod getDeliveryMethod() {
        return deliveryMethod;
    }

    public String getDeliveryAddress() {
        return deliveryAddress;
    }

    public Short getDeliveryKecamatanId() {
        return deliveryKecamatanId;
    }

    public String getBuyerPhone() {
        return buyerPhone;
    }

    public Money getItemsTotal() {
        return Money.rupiah(itemsRupiah);
    }

    public Money getDeliveryFee() {
        return Money.rupiah(deliveryRupiah);
    }

    public Money getTotal() {
        return Money.rupiah(totalRupiah);
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public Instant getPayBy() {
        return payBy;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public boolean isRefundDue() {
        return refundDue;
    }

    public List<OrderItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public List<OrderEvent> getTimeline() {
        return Collections.unmodifiableList(timeline);
    }
}
