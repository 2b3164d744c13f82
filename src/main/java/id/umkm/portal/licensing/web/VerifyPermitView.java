package id.umkm.portal.licensing.web;

import id.umkm.portal.licensing.application.PermitCheck;
import id.umkm.portal.licensing.application.PermitTracking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** /izin/verifikasi.xhtml?code=...: where a permit's QR code leads; says whether the permit is genuine and valid. */
@Named
@RequestScoped
public class VerifyPermitView {

    @Inject
    private PermitTracking tracking;

    private PermitCheck permit;

    @PostConstruct
    void init() {
        String code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        permit = tracking.verify(code).orElse(null);
    }

    public PermitCheck getPermit() { return permit; }
}
