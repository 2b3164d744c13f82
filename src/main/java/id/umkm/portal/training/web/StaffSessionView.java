package id.umkm.portal.training.web;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.document.QrCodes;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import id.umkm.portal.training.application.Attendance;
import id.umkm.portal.training.application.CheckInLinks;
import id.umkm.portal.training.application.TrainingProgrammes;
import id.umkm.portal.training.domain.Programme;
import id.umkm.portal.training.domain.TrainingSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** staff/trainings/session.xhtml: the session's check-in QR to show on screen, and the roster to tick by hand. */
@Named
@ViewScoped
public class StaffSessionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Attendance attendance;

    @Inject
    private TrainingProgrammes programmes;

    @Inject
    private CheckInLinks links;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private TrainingSession session;
    private Programme programme;
    private List<Attendance.SessionAttendee> sheet = List.of();
    private String checkInUrl;
    private String qr;

    public void load() {
        session = id == null ? null : attendance.session(id).orElse(null);
        if (session == null) {
            NotFound.send();
            return;
        }
        programme = programmes.find(session.getProgrammeId()).orElseThrow();
        sheet = attendance.sheet(id);
        checkInUrl = links.url(session);
        qr = QrCodes.pngDataUrl(checkInUrl, 320);
    }

    public void toggle(long enrollmentId, boolean present) {
        Account staff = currentUser.require();
        try {
            attendance.tick(id, enrollmentId, present, staff.getId(), staff.getEmail());
            PageMessages.info(present ? "staff.session.ticked" : "staff.session.unticked");
        } catch (RuleViolation violation) {
            PageMessages.show(null, violation);
        }
        sheet = attendance.sheet(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public Programme getProgramme() {
        return programme;
    }

    public List<Attendance.SessionAttendee> getSheet() {
        return sheet;
    }

    public String getCheckInUrl() {
        return checkInUrl;
    }

    public String getQr() {
        return qr;
    }
}
