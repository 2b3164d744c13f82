package id.umkm.portal.order.application;

import id.umkm.portal.catalog.application.ProductStock;
import id.umkm.portal.order.domain.Checkout;
import id.umkm.portal.order.domain.Delivery;
import id.umkm.portal.order.domain.DeliveryMethod;
import id.umkm.portal.order.domain.Order;
import id.umkm.portal.order.domain.OrderItem;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.seller.domain.PhoneNumbers;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a submitted cart into one order per seller, all or nothing, in one transaction. The checkout
 * row goes in first: its unique (buyer, idempotency key) makes a twin submission wait and then fail
 * on it, so the twin returns this checkout instead of ordering again. Stock is taken line by line in
 * a fixed order with conditional updates; a line that ran out rolls the whole checkout back.
 */
@ApplicationScoped
@Transactional
public class Checkouts {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private ProductStock stock;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private CourierFees courierFees;

    @Inject
    private Carts carts;

    @Inject
    private OrderQueries queries;

    @Inject
    private OrderNotices notices;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "umkm.order.pay-within", defaultValue = "PT30M")
    private Duration payWithin;

    public Optional<CheckoutSummary> find(long buyerAccountId, String idempotencyKey) {
        return em.createQuery("SELECT c FROM Checkout c WHERE c.buyerAccountId = :b AND c.idempotencyKey = :k", Checkout.class)
                .setParameter("b", buyerAccountId).setParameter("k", idempotencyKey).getResultStream().findFirst()
                .map(queries::summary);
    }

    /** @throws CheckoutAlreadyPlaced when a twin with the same key committed meanwhile (look it up with find) */
    public CheckoutSummary place(long buyerAccountId, @NotNull String idempotencyKey, @NotNull @Valid CheckoutRequest request) {
        Optional<CheckoutSummary> earlier = find(buyerAccountId, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Map<CartKey, Integer> quantities = quantities(request);
        Map<CartKey, ProductStock.Sellable> products = onSale(quantities);
        Map<Long, List<CartKey>> bySeller = new LinkedHashMap<>();
        products.forEach((key, product) -> bySeller.computeIfAbsent(product.sellerId(), s -> new ArrayList<>()).add(key));
        String phone = PhoneNumbers.normalise(request.phone())
                .orElseThrow(() -> new RuleViolation("phone", "order.checkout.phoneInvalid"));
        Map<Long, Delivery> deliveries = new LinkedHashMap<>();
        for (long sellerId : bySeller.keySet()) {
            deliveries.put(sellerId, delivery(sellerId, request, phone));
        }

        Instant now = clock.instant();
        Checkout checkout = new Checkout(buyerAccountId, idempotencyKey, now);
        try {
            em.persist(checkout);
            em.flush();
        } catch (PersistenceException twin) {
            throw new CheckoutAlreadyPlaced(twin);
        }
        for (Map.Entry<CartKey, Integer> line : quantities.entrySet()) {
            CartKey key = line.getKey();
            if (!stock.reserve(key.productId(), key.variantId(), line.getValue())) {
                int left = stock.find(key.productId(), key.variantId()).map(ProductStock.Sellable::stock).orElse(0);
                throw RuleViolation.conflict("items", "order.checkout.soldOut", products.get(key).name(), left);
            }
        }
        List<Order> orders = new ArrayList<>();
        int number = 1;
        for (Map.Entry<Long, List<CartKey>> seller : bySeller.entrySet()) {
            List<OrderItem> items = seller.getValue().stream().map(key -> {
                ProductStock.Sellable p = products.get(key);
                return new OrderItem(key.productId(), key.variantId() == 0 ? null : key.variantId(), p.name(), p.unitPrice(),
                        quantities.get(key));
            }).toList();
            Order order = Order.place("ORD-" + checkout.getId() + "-" + number++, checkout.getId(), buyerAccountId,
                    seller.getKey(), deliveries.get(seller.getKey()), items, now, payWithin);
            em.persist(order);
            checkout.add(order);
            orders.add(order);
        }
        em.flush();
        carts.removeOrdered(buyerAccountId, quantities.keySet());
        orders.forEach(notices::moved);
        return queries.summary(checkout);
    }

    /** Lines of the same product and variant add up; the fixed order of the keys keeps stock locks deadlock-free. */
    private static Map<CartKey, Integer> quantities(CheckoutRequest request) {
        Map<CartKey, Integer> quantities = new TreeMap<>();
        for (CheckoutRequest.Item item : request.items()) {
            quantities.merge(item.key(), item.quantity(), Integer::sum);
        }
        for (int quantity : quantities.values()) {
            if (quantity > 999) {
                throw new RuleViolation("items", "order.checkout.quantityRange");
            }
        }
        return quantities;
    }

    private Map<CartKey, ProductStock.Sellable> onSale(Map<CartKey, Integer> quantities) {
        Map<CartKey, ProductStock.Sellable> products = new LinkedHashMap<>();
        for (CartKey key : quantities.keySet()) {
            ProductStock.Sellable product = stock.find(key.productId(), key.variantId())
                    .filter(ProductStock.Sellable::onSale)
                    .orElseThrow(() -> new RuleViolation("items", "order.checkout.notOnSale", key.productId()));
            products.put(key, product);
        }
        return products;
    }

    private Delivery delivery(long sellerId, CheckoutRequest request, String phone) {
        if (request.methodFor(sellerId) == DeliveryMethod.PICKUP) {
            return Delivery.pickup(phone);
        }
        if (request.address() == null || request.address().isBlank()) {
            throw new RuleViolation("address", "order.checkout.addressRequired");
        }
        if (request.kecamatanId() == null) {
            throw new RuleViolation("kecamatanId", "order.checkout.kecamatanRequired");
        }
        Short from = sellers.find(sellerId).map(SellerSummary::kecamatanId).orElse(null);
        Money fee = from == null ? Money.ZERO : courierFees.fee(from, request.kecamatanId());
        return Delivery.courier(request.address().strip(), request.kecamatanId(), phone, fee);
    }
}
