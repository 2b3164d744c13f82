package id.umkm.portal.order.application;

import id.umkm.portal.catalog.application.ProductStock;
import id.umkm.portal.order.domain.CartItem;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carts: a logged-in buyer's in the database, a guest's in the session (the web layer keeps the
 * quantities; this service checks and describes them the same way). A line is accepted only for a
 * product on sale with enough stock; stock is taken only at checkout.
 */
@ApplicationScoped
@Transactional
public class Carts {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private ProductStock stock;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private Clock clock;

    /** The quantities in a logged-in buyer's cart. */
    public Map<CartKey, Integer> quantities(long accountId) {
        Map<CartKey, Integer> quantities = new LinkedHashMap<>();
        for (CartItem item : items(accountId)) {
            quantities.put(new CartKey(item.getProductId(), item.getVariantId()), item.getQuantity());
        }
        return quantities;
    }

    /** Checks that quantity of the product may go into a cart; returns the quantity accepted. */
    public int check(CartKey key, int quantity) {
        ProductStock.Sellable product = stock.find(key.productId(), key.variantId()).filter(ProductStock.Sellable::onSale)
                .orElseThrow(() -> new RuleViolation("quantity", "order.cart.notOnSale"));
        if (quantity < 1 || quantity > CartItem.MAX_QUANTITY) {
            throw new RuleViolation("quantity", "order.cart.quantityRange", CartItem.MAX_QUANTITY);
        }
        if (quantity > product.stock()) {
            throw new RuleViolation("quantity", "order.cart.notEnoughStock", product.name(), product.stock());
        }
        return quantity;
    }

    /** Adds to what the cart holds of the product already. */
    public void add(long accountId, CartKey key, int quantity) {
        Optional<CartItem> existing = item(accountId, key);
        int wanted = check(key, quantity + existing.map(CartItem::getQuantity).orElse(0));
        if (existing.isPresent()) {
            existing.get().changeQuantity(wanted);
        } else {
            em.persist(new CartItem(accountId, key.productId(), key.variantId(), wanted, clock.instant()));
        }
    }

    /** Sets the line's quantity; 0 removes it. */
    public void change(long accountId, CartKey key, int quantity) {
        Optional<CartItem> existing = item(accountId, key);
        if (quantity <= 0) {
            existing.ifPresent(em::remove);
            return;
        }
        int wanted = check(key, quantity);
        if (existing.isPresent()) {
            existing.get().changeQuantity(wanted);
        } else {
            em.persist(new CartItem(accountId, key.productId(), key.variantId(), wanted, clock.instant()));
        }
    }

    public void remove(long accountId, CartKey key) {
        item(accountId, key).ifPresent(em::remove);
    }

    /**
     * A guest's cart joins the buyer's after login: quantities add up, capped at what is in stock;
     * lines no longer on sale are dropped.
     */
    public void merge(long accountId, Map<CartKey, Integer> guest) {
        for (Map.Entry<CartKey, Integer> line : guest.entrySet()) {
            Optional<ProductStock.Sellable> product = stock.find(line.getKey().productId(), line.getKey().variantId())
                    .filter(ProductStock.Sellable::onSale);
            if (product.isEmpty() || product.get().stock() < 1) {
                continue;
            }
            Optional<CartItem> existing = item(accountId, line.getKey());
            int wanted = Math.min(Math.min(product.get().stock(), CartItem.MAX_QUANTITY),
                    line.getValue() + existing.map(CartItem::getQuantity).orElse(0));
            if (existing.isPresent()) {
                existing.get().changeQuantity(wanted);
            } else {
                em.persist(new CartItem(accountId, line.getKey().productId(), line.getKey().variantId(), wanted, clock.instant()));
            }
        }
    }

    /** Lines grouped by seller, with today's prices and stock; lines of vanished products are left out. */
    public List<CartGroup> describe(Map<CartKey, Integer> quantities) {
        Map<Long, List<CartLine>> bySeller = new LinkedHashMap<>();
        for (Map.Entry<CartKey, Integer> line : quantities.entrySet()) {
            stock.find(line.getKey().productId(), line.getKey().variantId()).ifPresent(product ->
                    bySeller.computeIfAbsent(product.sellerId(), s -> new ArrayList<>()).add(CartLine.of(product, line.getValue())));
        }
        List<CartGroup> groups = new ArrayList<>();
        bySeller.forEach((sellerId, lines) -> {
            Optional<SellerSummary> seller = sellers.find(sellerId);
            groups.add(new CartGroup(sellerId, seller.map(SellerSummary::businessName).orElse(""),
                    seller.map(SellerSummary::kecamatanId).orElse(null), List.copyOf(lines)));
        });
        return groups;
    }

    /** Removes lines just ordered from the buyer's cart. */
    void removeOrdered(long accountId, Iterable<CartKey> ordered) {
        for (CartKey key : ordered) {
            item(accountId, key).ifPresent(em::remove);
        }
    }

    private List<CartItem> items(long accountId) {
        return em.createQuery("SELECT c FROM CartItem c WHERE c.buyerAccountId = :a ORDER BY c.addedAt, c.id", CartItem.class)
                .setParameter("a", accountId).getResultList();
    }

    private Optional<CartItem> item(long accountId, CartKey key) {
        return em.createQuery("SELECT c FROM CartItem c WHERE c.buyerAccountId = :a AND c.productId = :p AND c.variantId = :v",
                        CartItem.class)
                .setParameter("a", accountId).setParameter("p", key.productId()).setParameter("v", key.variantId())
                .getResultStream().findFirst();
    }
}
