package id.umkm.portal.training.web;

import id.umkm.portal.training.application.Certificates;
import id.umkm.portal.training.domain.Certificate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;

/** sertifikat.xhtml: anyone checks a certificate by its code; the page shows only name, programme and validity. */
@Named
@RequestScoped
public class CertificateVerificationView {

    @Inject
    private Certificates certificates;

    private String code;
    private Certificate certificate;

    public void load() {
        certificate = code == null || code.isBlank() ? null : certificates.byCode(code).orElse(null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    /** The days of the programme as printed on the certificate, e.g. "3 – 4 Desember 2026". */
    public String getPeriod() {
        DateTimeFormatter days = DateTimeFormatter.ofPattern("d MMMM yyyy",
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        return certificate.getFirstDay().equals(certificate.getLastDay()) ? days.format(certificate.getFirstDay())
                : days.format(certificate.getFirstDay()) + " – " + days.format(certificate.getLastDay());
    }

    public boolean isSearched() {
        return code != null && !code.isBlank();
    }
}
