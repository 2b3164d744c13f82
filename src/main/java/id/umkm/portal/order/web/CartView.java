package id.umkm.portal.order.web;

import id.umkm.portal.order.application.CartGroup;
import id.umkm.portal.order.application.CartKey;
import id.umkm.portal.order.application.CartLine;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.LocaleSelector;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * /cart.xhtml: the cart grouped by seller, quantities changed in place. The product page's "add to
 * cart" form posts here (productId, variantId, quantity); the line is added and the browser sent on
 * to the cart's plain address, so a reload adds nothing twice.
 */
@Named
@ViewScoped
public class CartView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ShoppingCart cart;

    @Inject
    private LocaleSelector localeSelector;

    private List<CartGroup> groups;
    private final Map<CartKey, Integer> quantities = new HashMap<>();

    /** f:viewAction: an add from a product page, else just the cart. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if ("POST".equals(request.getMethod()) && request.getParameter("productId") != null) {
            // The view's f:view locale applies when rendering; this message is written before that.
            faces.getViewRoot().setLocale(localeSelector.getLocale());
            try {
                CartKey key = new CartKey(Long.parseLong(request.getParameter("productId")), number(request.getParameter("variantId")));
                int quantity = (int) Math.max(1, number(request.getParameter("quantity")));
                cart.add(key, quantity);
                PageMessages.info("cart.added");
            } catch (RuleViolation refused) {
                PageMessages.show(null, refused);
            } catch (NumberFormatException garbled) {
                PageMessages.error("order.cart.notOnSale");
            }
            external.redirect(external.getRequestContextPath() + "/cart.xhtml");
            return;
        }
        refresh();
    }

    public void change(CartLine line) {
        Integer quantity = quantities.get(line.key());
        try {
            cart.change(line.key(), quantity == null ? 0 : quantity);
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
        }
        refresh();
    }

    public void remove(CartLine line) {
        cart.remove(line.key());
        refresh();
    }

    public List<CartGroup> getGroups() {
        return groups;
    }

    public Money getTotal() {
        return groups.stream().map(CartGroup::subtotal).reduce(Money.ZERO, Money::plus);
    }

    /** Every line can be bought as it stands: checkout may start. */
    public boolean isReady() {
        return !groups.isEmpty() && groups.stream().allMatch(CartGroup::isAvailable);
    }

    /** The quantity inputs, one per line. */
    public Map<CartKey, Integer> getQuantities() {
        return quantities;
    }

    private void refresh() {
        groups = cart.groups();
        quantities.clear();
        groups.forEach(g -> g.lines().forEach(l -> quantities.put(l.key(), l.quantity())));
    }

    private static long number(String text) {
        return text == null || text.isBlank() ? 0 : Long.parseLong(text.strip());
    }
}
