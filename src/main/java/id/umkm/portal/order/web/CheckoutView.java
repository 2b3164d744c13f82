package id.umkm.portal.order.web;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.order.application.CartGroup;
import id.umkm.portal.order.application.CartLine;
import id.umkm.portal.order.application.CheckoutRequest;
import id.umkm.portal.order.application.CourierFees;
import id.umkm.portal.order.application.OrderPayments;
import id.umkm.portal.order.application.PlacedCheckout;
import id.umkm.portal.order.domain.DeliveryMethod;
import id.umkm.portal.seller.application.ReferenceData;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * /checkout.xhtml: delivery per seller, the buyer's phone and address, and the total. The idempotency
 * key is made once per page view, so a double click or a resubmitted form finds the same checkout.
 */
@Named
@ViewScoped
public class CheckoutView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "checkout";

    @Inject
    private ShoppingCart cart;

    @Inject
    private CourierFees courierFees;

    @Inject
    private OrderPayments payments;

    @Inject
    private ReferenceData reference;

    @Inject
    private CurrentUser currentUser;

    private String idempotencyKey;
    private List<CartGroup> groups;
    /** By seller: "PICKUP" or "COURIER" (strings: a map value gets no enum conversion from Faces). */
    private final Map<Long, String> methods = new HashMap<>();
    private String phone;
    private String address;
    private Short kecamatanId;

    @PostConstruct
    void init() {
        idempotencyKey = UUID.randomUUID().toString();
        groups = cart.groups();
        groups.forEach(g -> methods.put(g.sellerId(), DeliveryMethod.PICKUP.name()));
    }

    public void place() throws IOException {
        List<CheckoutRequest.Item> items = groups.stream().flatMap(g -> g.lines().stream())
                .map(CheckoutView::item).toList();
        try {
            PlacedCheckout placed = payments.place(currentUser.require().getId(), idempotencyKey,
                    new CheckoutRequest(items, phone, address, kecamatanId, DeliveryMethod.PICKUP, chosenMethods()));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/orders/pay.xhtml?checkout=" + placed.checkout().id());
        } catch (RuleViolation refused) {
            boolean aboutLines = "items".equals(refused.field());
            PageMessages.show(aboutLines ? null : FORM, refused);
            if (aboutLines) {
                groups = cart.groups();
            }
        } catch (ConstraintViolationException invalid) {
            PageMessages.show(FORM, invalid);
        }
    }

    private Map<Long, DeliveryMethod> chosenMethods() {
        Map<Long, DeliveryMethod> chosen = new HashMap<>();
        methods.forEach((seller, method) -> chosen.put(seller, DeliveryMethod.valueOf(method)));
        return chosen;
    }

    private static CheckoutRequest.Item item(CartLine line) {
        return new CheckoutRequest.Item(line.key().productId(), line.key().variantId() == 0 ? null : line.key().variantId(),
                line.quantity());
    }

    /** The courier fee of this seller's order to the chosen kecamatan; nothing until one is chosen. */
    public Money fee(CartGroup group) {
        if (!isCourier(group) || kecamatanId == null || group.sellerKecamatanId() == null) {
            return Money.ZERO;
        }
        return courierFees.fee(group.sellerKecamatanId(), kecamatanId);
    }

    public boolean isCourier(CartGroup group) {
        return DeliveryMethod.COURIER.name().equals(methods.get(group.sellerId()));
    }

    public boolean isCourierChosen() {
        return methods.containsValue(DeliveryMethod.COURIER.name());
    }

    public Money getTotal() {
        return groups.stream().map(g -> g.subtotal().plus(fee(g))).reduce(Money.ZERO, Money::plus);
    }

    public List<ReferenceData.Place> getKecamatan() {
        return reference.kecamatan();
    }

    public String kecamatanName(Short id) {
        return reference.kecamatanName(id).orElse("");
    }

    public List<CartGroup> getGroups() {
        return groups;
    }

    public Map<Long, String> getMethods() {
        return methods;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Short getKecamatanId() {
        return kecamatanId;
    }

    public void setKecamatanId(Short kecamatanId) {
        this.kecamatanId = kecamatanId;
    }
}
