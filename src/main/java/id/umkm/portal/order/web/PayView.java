package id.umkm.portal.order.web;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.order.application.CheckoutSummary;
import id.umkm.portal.order.application.OrderPayments;
import id.umkm.portal.order.application.OrderQueries;
import id.umkm.portal.payment.application.QrisCharge;
import id.umkm.portal.shared.document.QrCodes;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * /orders/pay.xhtml?checkout=: the QRIS code of the buyer's own checkout, its amount and a countdown.
 * The page polls and turns to "paid" when the gateway's notification has arrived; when the gateway
 * could not be reached it says so and offers to try again.
 */
@Named
@ViewScoped
public class PayView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderQueries queries;

    @Inject
    private OrderPayments payments;

    @Inject
    private CurrentUser currentUser;

    private Long checkoutId;
    private CheckoutSummary checkout;
    private QrisCharge charge;
    private String qrDataUrl;

    /** f:viewAction once the id is known. */
    public void load() {
        reload();
        if (checkout == null) {
            PageMessages.error("order.notFound");
            return;
        }
        openCharge();
    }

    /** The poll: has the money arrived? */
    public void refresh() {
        reload();
    }

    public void retry() {
        reload();
        openCharge();
        if (charge == null && checkout != null && checkout.isAwaitingPayment()) {
            PageMessages.error("pay.unavailable");
        }
    }

    public void cancel() {
        try {
            payments.cancel(currentUser.require().getId(), checkoutId);
            PageMessages.info("pay.cancelled");
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
        }
        reload();
    }

    private void reload() {
        checkout = checkoutId == null ? null : queries.checkoutOf(currentUser.require().getId(), checkoutId).orElse(null);
    }

    private void openCharge() {
        if (checkout == null) {
            return;
        }
        charge = payments.charge(checkout).orElse(null);
        qrDataUrl = charge == null || charge.qrString() == null ? null : QrCodes.pngDataUrl(charge.qrString(), 300);
    }

    public String getSimulatorUrl() {
        boolean simulatorEnabled = ConfigProvider.getConfig().getOptionalValue("umkm.payment.simulator.enabled", Boolean.class)
                .orElse(false);
        return simulatorEnabled && checkout != null
                ? "/simulator/pay.xhtml?order_id=" + URLEncoder.encode(checkout.paymentReference(), StandardCharsets.UTF_8)
                : null;
    }

    /** Epoch milliseconds of the deadline, for the countdown script. */
    public long getPayByMillis() {
        return charge != null && charge.expiresAt() != null ? charge.expiresAt().toEpochMilli() : checkout.payBy().toEpochMilli();
    }

    public Long getCheckoutId() {
        return checkoutId;
    }

    public void setCheckoutId(Long checkoutId) {
        this.checkoutId = checkoutId;
    }

    public CheckoutSummary getCheckout() {
        return checkout;
    }

    public QrisCharge getCharge() {
        return charge;
    }

    public String getQrDataUrl() {
        return qrDataUrl;
    }
}
