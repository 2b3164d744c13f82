package id.umkm.portal.licensing.web;

import id.umkm.portal.licensing.application.PermitTracking;
import id.umkm.portal.licensing.application.Tracking;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public tracking page /izin/lacak.xhtml?nomor=...: an application's progress, nothing personal. */
@Named
@RequestScoped
public class TrackApplicationView {

    @Inject
    private PermitTracking tracking;

    private String number;
    private Tracking result;

    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        number = faces.getExternalContext().getRequestParameterMap().get("nomor");
        if (number != null && !number.isBlank()) {
            result = tracking.track(number, faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale()).orElse(null);
        }
    }

    public boolean isAsked() {
        return number != null && !number.isBlank();
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public Tracking getResult() { return result; }
}
