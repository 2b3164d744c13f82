package id.umkm.portal.licensing.application;

import id.umkm.portal.licensing.domain.ApplicationStatus;
import id.umkm.portal.licensing.domain.PermitApplication;
import id.umkm.portal.licensing.infrastructure.PermitPdf;
import id.umkm.portal.shared.infrastructure.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The issued permit as a PDF, drawn from the record each time so it always says what the record says. */
@ApplicationScoped
@Transactional
public class PermitDocuments {

    @Inject
    private ApplicationViews views;

    @Inject
    private RequestOrigin origin;

    public StoredFile forApplicant(long accountId, long applicationId) {
        PermitApplication a = views.em().find(PermitApplication.class, applicationId);
        if (a == null || a.getApplicantAccountId() != accountId) {
            throw new ApplicationNotFound();
        }
        return render(a);
    }

    public StoredFile forOffice(long applicationId) {
        PermitApplication a = views.em().find(PermitApplication.class, applicationId);
        if (a == null) {
            throw new ApplicationNotFound();
        }
        return render(a);
    }

    /** Where the permit's QR code leads: the public verification page. */
    public String verificationUrl(String code) {
        return origin.baseUrl() + "/izin/verifikasi.xhtml?code=" + code;
    }

    private StoredFile render(PermitApplication a) {
        if (a.getStatus() != ApplicationStatus.ISSUED) {
            throw new ApplicationNotFound();
        }
        byte[] pdf = PermitPdf.render(a, views.type(a.getPermitTypeId()), verificationUrl(a.getVerificationCode()));
        return new StoredFile("izin-" + a.getPermitNumber().replaceAll("[^A-Za-z0-9-]", "-") + ".pdf",
                "application/pdf", pdf);
    }
}
