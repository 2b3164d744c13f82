package id.umkm.portal.order.web;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.order.application.CartGroup;
import id.umkm.portal.order.application.CartKey;
import id.umkm.portal.order.application.Carts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;

/**
 * The cart of whoever is browsing: a logged-in buyer's is kept in the database, anyone else's in the
 * session (a guest's cart joins the buyer's at login, see {@link GuestCartMerge}).
 */
@Named
@RequestScoped
public class ShoppingCart {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Carts carts;

    @Inject
    private GuestCart guest;

    @Inject
    private HttpServletRequest request;

    public List<CartGroup> groups() {
        return carts.describe(quantities());
    }

    public void add(CartKey key, int quantity) {
        if (isBuyer()) {
            carts.add(currentUser.require().getId(), key, quantity);
        } else {
            guest.put(key, carts.check(key, guest.quantityOf(key) + quantity));
        }
    }

    public void change(CartKey key, int quantity) {
        if (isBuyer()) {
            carts.change(currentUser.require().getId(), key, quantity);
        } else {
            guest.put(key, quantity <= 0 ? 0 : carts.check(key, quantity));
        }
    }

    public void remove(CartKey key) {
        change(key, 0);
    }

    /** How many pieces the cart holds, for the header; a visitor without a session has none (and gets none made). */
    public int getCount() {
        if (!isBuyer() && request.getSession(false) == null) {
            return 0;
        }
        return quantities().values().stream().mapToInt(Integer::intValue).sum();
    }

    private Map<CartKey, Integer> quantities() {
        return isBuyer() ? carts.quantities(currentUser.require().getId()) : guest.lines();
    }

    private boolean isBuyer() {
        return currentUser.has("BUYER");
    }
}
