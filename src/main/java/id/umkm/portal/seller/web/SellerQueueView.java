package id.umkm.portal.seller.web;

import id.umkm.portal.seller.application.ReferenceData;
import id.umkm.portal.seller.application.SellerVerification;
import id.umkm.portal.seller.domain.Seller;
import id.umkm.portal.shared.domain.CityTime;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** /staff/sellers/queue.xhtml: new and changed profiles, oldest waiting first. */
@Named
@RequestScoped
public class SellerQueueView {

    public record Row(long id, String businessName, String kecamatan, boolean changed, String nibCheck,
            boolean nibVerified, boolean kbliMismatch, String waitingSince) {
    }

    @Inject
    private SellerVerification verification;

    @Inject
    private ReferenceData reference;

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = verification.queue().stream().map(this::row).toList();
    }

    private Row row(Seller s) {
        Instant waiting = s.isChangesPending() ? s.getChangedAt() : s.getSubmittedAt();
        return new Row(s.getId(), s.getBusinessName(), reference.kecamatanName(s.getKecamatanId()).orElse(""),
                s.isChangesPending(), s.getNibCheck() == null ? "NONE" : s.getNibCheck().name(), s.isNibVerified(),
                s.isKbliMismatch(), waiting == null ? "" : CityTime.format(waiting,
                        FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    public List<Row> getRows() {
        return rows;
    }
}
