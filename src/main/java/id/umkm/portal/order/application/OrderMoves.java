package id.umkm.portal.order.application;

import id.umkm.portal.catalog.application.ProductStock;
import id.umkm.portal.order.domain.Actor;
import id.umkm.portal.order.domain.Checkout;
import id.umkm.portal.order.domain.Order;
import id.umkm.portal.order.domain.OrderItem;
import id.umkm.portal.order.domain.OrderNotFoundException;
import id.umkm.portal.order.domain.OrderStatus;
import id.umkm.portal.payment.application.SellerLedger;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every move of an order after checkout, by its seller, its buyer, the gateway or the scheduler.
 * Each locks the order rows first (SELECT ... FOR UPDATE), so a payment arriving while the order
 * expires or is cancelled is decided one after the other, never both at once; the order itself
 * refuses moves its state does not allow. Stock comes back when an order is cancelled or expires.
 */
@ApplicationScoped
@Transactional
public class OrderMoves {

    private static final Logger LOG = Logger.getLogger(OrderMoves.class.getName());
    private static final int MAX_NOTE = 500;

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private ProductStock stock;

    @Inject
    private SellerLedger ledger;

    @Inject
    private OrderNotices notices;

    @Inject
    private OrderQueries queries;

    @Inject
    private Clock clock;

    public OrderDetails startProcessing(long sellerAccountId, long orderId) {
        Order order = sellersOrder(sellerAccountId, orderId);
        order.startProcessing(Actor.seller(sellerAccountId), clock.instant());
        return moved(order);
    }

    public OrderDetails ship(long sellerAccountId, long orderId, String note) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            throw new RuleViolation("note", "order.ship.noteTooLong", MAX_NOTE);
        }
        Order order = sellersOrder(sellerAccountId, orderId);
        order.ship(Actor.seller(sellerAccountId), cleanNote, clock.instant());
        return moved(order);
    }

    /** The seller gives up the order with a reason; a paid order's money is owed back to the buyer. */
    public OrderDetails cancelBySeller(long sellerAccountId, long orderId, String reason) {
        if (reason != null && reason.strip().length() > MAX_NOTE) {
            throw new RuleViolation("reason", "order.cancel.reasonTooLong", MAX_NOTE);
        }
        Order order = sellersOrder(sellerAccountId, orderId);
        order.cancelBySeller(Actor.seller(sellerAccountId), reason, clock.instant());
        releaseStock(order);
        if (order.isRefundDue()) {
            ledger.refundToBuyer(order.getSellerId(), Checkout.reference(order.getCheckoutId()), order.getOrderNumber(),
                    order.getTotal());
        }
        return moved(order);
    }

    public OrderDetails confirmReceipt(long buyerAccountId, long orderId) {
        Order order = locked(orderId);
        if (order.getBuyerAccountId() != buyerAccountId) {
            throw new OrderNotFoundException(orderId);
        }
        order.confirmReceipt(Actor.buyer(buyerAccountId), clock.instant());
        releaseToSeller(order);
        return moved(order);
    }

    /**
     * The buyer calls off an unpaid checkout: one QRIS charge pays all its orders, so all its unpaid
     * orders go together. The caller then cancels the charge at the gateway.
     */
    public void cancelByBuyer(long buyerAccountId, long checkoutId) {
        List<Order> orders = lockedCheckout(checkoutId);
        if (orders.isEmpty() || orders.get(0).getBuyerAccountId() != buyerAccountId) {
            throw new OrderNotFoundException(checkoutId);
        }
        List<Order> pending = orders.stream().filter(o -> o.getStatus() == OrderStatus.PENDING_PAYMENT).toList();
        Instant now = clock.instant();
        // With nothing unpaid left, the first order's own refusal says why.
        for (Order order : pending.isEmpty() ? orders.subList(0, 1) : pending) {
            order.cancelByBuyer(Actor.buyer(buyerAccountId), now);
            releaseStock(order);
            moved(order);
        }
    }

    /** Expires the checkout's unpaid orders whose time ran out; false when none was due (paid meanwhile). */
    public boolean expireCheckout(long checkoutId, Instant now) {
        boolean any = false;
        for (Order order : lockedCheckout(checkoutId)) {
            if (order.expire(now)) {
                releaseStock(order);
                moved(order);
                any = true;
            }
        }
        return any;
    }

    public boolean autoComplete(long orderId, Instant now) {
        Order order = locked(orderId);
        if (!order.autoComplete(now)) {
            return false;
        }
        releaseToSeller(order);
        moved(order);
        return true;
    }

    /** The gateway confirmed the checkout's charge: its orders are paid (or their money owed back, if closed). */
    public void checkoutPaid(long checkoutId, Money amount, Instant at) {
        List<Order> orders = lockedCheckout(checkoutId);
        Money expected = orders.stream().map(Order::getTotal).reduce(Money.ZERO, Money::plus);
        if (!expected.equals(amount)) {
            LOG.warning("Checkout " + checkoutId + " paid " + amount.format() + " for orders of " + expected.format());
        }
        for (Order order : orders) {
            boolean wasClosed = order.getStatus().isClosed();
            if (!order.markPaid(at)) {
                continue;
            }
            if (wasClosed) {
                ledger.refundToBuyer(order.getSellerId(), Checkout.reference(checkoutId), order.getOrderNumber(), order.getTotal());
                notices.refundDue(order);
            } else {
                notices.moved(order);
            }
        }
    }

    private OrderDetails moved(Order order) {
        em.flush();
        notices.moved(order);
        return queries.details(order);
    }

    private void releaseStock(Order order) {
        for (OrderItem item : order.getItems()) {
            stock.release(item.getProductId(), item.getVariantId() == null ? 0 : item.getVariantId(), item.getQuantity());
        }
    }

    private void releaseToSeller(Order order) {
        ledger.releaseToSeller(order.getSellerId(), Checkout.reference(order.getCheckoutId()), order.getOrderNumber(),
                order.getTotal());
    }

    /** The order, locked, if the account's shop sells it; otherwise not found. */
    private Order sellersOrder(long sellerAccountId, long orderId) {
        long sellerId = sellers.forAccount(sellerAccountId).map(SellerSummary::id).orElseThrow(() -> new OrderNotFoundException(orderId));
        Order order = locked(orderId);
        if (order.getSellerId() != sellerId) {
            throw new OrderNotFoundException(orderId);
        }
        return order;
    }

    private Order locked(long orderId) {
        Order order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new OrderNotFoundException(orderId);
        }
        return order;
    }

    private List<Order> lockedCheckout(long checkoutId) {
        return em.createQuery("SELECT o FROM ShopOrder o WHERE o.checkoutId = :c ORDER BY o.id", Order.class)
                .setParameter("c", checkoutId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
