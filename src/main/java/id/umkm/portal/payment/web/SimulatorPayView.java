package id.umkm.portal.payment.web;

import id.umkm.portal.payment.infrastructure.simulator.SimulatedCharge;
import id.umkm.portal.payment.infrastructure.simulator.SimulatedGateway;
import id.umkm.portal.payment.infrastructure.simulator.SimulatorNotifier;
import id.umkm.portal.shared.document.QrCodes;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * simulator/pay.xhtml: the payer's side of the simulated gateway. Paying or declining settles the
 * charge at the simulated gateway, then the gateway notifies the portal's webhook over HTTP.
 */
@Named
@ViewScoped
public class SimulatorPayView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SimulatedGateway gateway;

    @Inject
    private SimulatorNotifier notifier;

    private String orderId;
    private SimulatedCharge charge;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!gateway.isEnabled()) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        charge = orderId == null ? null : gateway.find(orderId).orElse(null);
    }

    public void pay() {
        settle(gateway.pay(orderId), "simulator.paid");
    }

    public void decline() {
        settle(gateway.decline(orderId), "simulator.declined");
    }

    private void settle(boolean moved, String doneKey) {
        if (!moved) {
            PageMessages.error("simulator.notPending");
            charge = gateway.find(orderId).orElse(null);
            return;
        }
        charge = gateway.find(orderId).orElseThrow();
        Optional<Integer> delivered = notifier.send(charge);
        PageMessages.info(doneKey);
        if (delivered.isPresent()) {
            PageMessages.info("simulator.notified", delivered.get());
        } else {
            PageMessages.error("simulator.notNotified");
        }
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public SimulatedCharge getCharge() {
        return charge;
    }

    public String getAmount() {
        return Money.rupiah(charge.getGrossAmount()).format();
    }

    public String getQrImage() {
        return QrCodes.pngDataUrl(charge.getQrString(), 280);
    }

    public long getSecondsLeft() {
        return Math.max(0, charge.getExpiresAt().getEpochSecond() - Instant.now().getEpochSecond());
    }
}
