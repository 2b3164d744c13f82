package id.umkm.portal.payment.web;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.payment.application.GatewayCheck;
import id.umkm.portal.payment.application.PaymentUnavailableException;
import id.umkm.portal.payment.application.Payouts;
import id.umkm.portal.payment.application.TransferFile;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** staff/payouts.xhtml: run a payout batch, download its transfer file, confirm the transfer; check the gateway. */
@Named
@ViewScoped
public class PayoutsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Payouts payouts;

    @Inject
    private GatewayCheck gatewayCheck;

    @Inject
    private CurrentUser currentUser;

    private List<Payouts.Batch> batches;
    private Long selectedId;
    private List<Payouts.Line> lines;
    private GatewayCheck.Result check;

    @PostConstruct
    void load() {
        batches = payouts.recentBatches();
        if (selectedId != null) {
            lines = payouts.lines(selectedId);
        }
    }

    public void run() {
        try {
            Payouts.Batch batch = payouts.run(currentUser.require().getId());
            selectedId = batch.id();
            PageMessages.info("payout.ran", batch.lineCount(), batch.total().format());
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
        }
        load();
    }

    public void select(long batchId) {
        selectedId = batchId;
        load();
    }

    public void confirm(long batchId) {
        try {
            payouts.confirmTransferred(batchId, currentUser.require().getId());
            selectedId = batchId;
            PageMessages.info("payout.confirmed");
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
        }
        load();
    }

    public StreamedContent transferFile(long batchId) {
        byte[] csv = TransferFile.csv(payouts.lines(batchId)).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("pencairan-" + batchId + ".csv").contentType("text/csv")
                .contentLength((long) csv.length).stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public void checkGateway() {
        try {
            check = gatewayCheck.run();
            if (check.qrValid() && check.cancelled()) {
                PageMessages.info("gateway.check.ok", check.millis());
            } else {
                PageMessages.error("gateway.check.odd");
            }
        } catch (PaymentUnavailableException | FaultToleranceException e) {
            check = null;
            PageMessages.error("gateway.check.unavailable");
        }
    }

    public List<Payouts.Batch> getBatches() {
        return batches;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public List<Payouts.Line> getLines() {
        return lines;
    }

    public GatewayCheck.Result getCheck() {
        return check;
    }

    public String getMinimum() {
        return payouts.minimum().format();
    }

    public String format(Money money) {
        return money == null ? "" : money.format();
    }
}
