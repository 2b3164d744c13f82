package id.umkm.portal.training.web;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.infrastructure.Texts;
import id.umkm.portal.training.application.Attendance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * seller/trainings/checkin.xhtml: the address in a session's QR. Opening it while logged in records
 * the participant's attendance (once; opening it again only says so).
 */
@Named
@RequestScoped
public class CheckInView {

    @Inject
    private Attendance attendance;

    @Inject
    private CurrentUser currentUser;

    private Long session;
    private String code;
    private boolean recorded;
    private String messageKey = "training.checkIn.invalid";
    private Object[] messageArgs = {};

    public void checkIn() {
        try {
            if (session == null) {
                throw new RuleViolation(null, "training.checkIn.invalid");
            }
            Attendance.CheckIn result = attendance.checkIn(currentUser.require().getId(), session, code);
            recorded = true;
            messageKey = result == Attendance.CheckIn.RECORDED ? "checkin.recorded" : "checkin.already";
        } catch (RuleViolation violation) {
            messageKey = violation.messageKey();
            messageArgs = violation.args();
        }
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isRecorded() {
        return recorded;
    }

    /** Translated when the page renders: only then is the page's language settled. */
    public String getMessage() {
        return Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), messageKey, messageArgs);
    }
}
