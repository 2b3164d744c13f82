package id.umkm.portal.order.application;

import id.umkm.portal.identity.application.AuthenticationService;
import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.order.domain.Checkout;
import id.umkm.portal.order.domain.Order;
import id.umkm.portal.order.domain.OrderNotFoundException;
import id.umkm.portal.order.domain.OrderStatus;
import id.umkm.portal.seller.application.ReferenceData;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Orders as their buyer and their seller may read them; every query is scoped to the asking account. */
@ApplicationScoped
@Transactional
public class OrderQueries {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private AuthenticationService accounts;

    @Inject
    private ReferenceData reference;

    /** The buyer's own checkout with its orders. */
    public Optional<CheckoutSummary> checkoutOf(long buyerAccountId, long checkoutId) {
        Checkout checkout = em.find(Checkout.class, checkoutId);
        if (checkout == null || checkout.getBuyerAccountId() != buyerAccountId) {
            return Optional.empty();
        }
        return Optional.of(summary(checkout));
    }

    public List<OrderDetails> buyerOrders(long buyerAccountId) {
        return em.createQuery("SELECT o FROM ShopOrder o WHERE o.buyerAccountId = :b ORDER BY o.placedAt DESC, o.id DESC", Order.class)
                .setParameter("b", buyerAccountId).setMaxResults(100).getResultList().stream().map(this::details).toList();
    }

    /** The order if the account bought it or sells it; otherwise not found (whose it is stays unsaid). */
    public OrderDetails visibleTo(long accountId, long orderId) {
        Order order = em.find(Order.class, orderId);
        if (order == null || !(order.getBuyerAccountId() == accountId || isSellerOf(accountId, order))) {
            throw new OrderNotFoundException(orderId);
        }
        return details(order);
    }

    /** The seller's orders, newest first, of one state or all (status null). */
    public List<OrderDetails> sellerOrders(long sellerAccountId, OrderStatus status) {
        Optional<SellerSummary> seller = sellers.forAccount(sellerAccountId);
        if (seller.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("SELECT o FROM ShopOrder o WHERE o.sellerId = :s"
                        + (status == null ? "" : " AND o.status = :st") + " ORDER BY o.placedAt DESC, o.id DESC", Order.class)
                .setParameter("s", seller.get().id());
        if (status != null) {
            query.setParameter("st", status);
        }
        return query.setMaxResults(200).getResultList().stream().map(this::details).toList();
    }

    /** Checkouts with an unpaid order whose time ran out. */
    public List<Long> checkoutsDueToExpire(Instant now) {
        return em.createQuery("SELECT DISTINCT o.checkoutId FROM ShopOrder o WHERE o.status = :s AND o.payBy <= :now", Long.class)
                .setParameter("s", OrderStatus.PENDING_PAYMENT).setParameter("now", now).setMaxResults(500).getResultList();
    }

    /** Orders shipped long enough ago to complete without the buyer. */
    public List<Long> ordersDueToComplete(Instant now) {
        return em.createQuery("SELECT o.id FROM ShopOrder o WHERE o.status = :s AND o.shippedAt <= :cutoff", Long.class)
                .setParameter("s", OrderStatus.SHIPPED).setParameter("cutoff", now.minus(Order.AUTO_COMPLETE_AFTER))
                .setMaxResults(500).getResultList();
    }

    CheckoutSummary summary(Checkout checkout) {
        List<OrderDetails> orders = em.createQuery("SELECT o FROM ShopOrder o WHERE o.checkoutId = :c ORDER BY o.id", Order.class)
                .setParameter("c", checkout.getId()).getResultList().stream().map(this::details).toList();
        Instant payBy = orders.stream().map(OrderDetails::payBy).min(Instant::compareTo).orElse(checkout.getCreatedAt());
        return new CheckoutSummary(checkout.getId(), checkout.getBuyerAccountId(), checkout.getTotal(), payBy, orders);
    }

    OrderDetails details(Order order) {
        String buyer = accounts.activeAccount(order.getBuyerAccountId()).map(Account::getFullName).orElse("");
        String seller = sellers.find(order.getSellerId()).map(SellerSummary::businessName).orElse("");
        String kecamatan = reference.kecamatanName(order.getDeliveryKecamatanId()).orElse(null);
        return OrderDetails.of(order, buyer, seller, kecamatan);
    }

    private boolean isSellerOf(long accountId, Order order) {
        return sellers.forAccount(accountId).map(s -> s.id() == order.getSellerId()).orElse(false);
    }
}
