package id.umkm.portal.training.web;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import id.umkm.portal.shared.infrastructure.Texts;
import id.umkm.portal.training.application.Attendance;
import id.umkm.portal.training.application.Certificates;
import id.umkm.portal.training.application.ProgrammeCancellation;
import id.umkm.portal.training.application.Feedback;
import id.umkm.portal.training.application.RosterLine;
import id.umkm.portal.training.application.StaffOverrides;
import id.umkm.portal.training.application.TrainingProgrammes;
import id.umkm.portal.training.domain.Certificate;
import id.umkm.portal.training.domain.Programme;
import id.umkm.portal.training.domain.TrainingSession;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * staff/trainings/programme.xhtml: one programme's sessions, roster with overrides (each with a
 * reason), completion, exports and feedback.
 */
@Named
@ViewScoped
public class StaffProgrammeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingProgrammes programmes;

    @Inject
    private Attendance attendance;

    @Inject
    private StaffOverrides overrides;

    @Inject
    private Feedback feedback;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ProgrammeCancellation cancellation;

    @Inject
    private Certificates certificates;

    private Long id;
    private Programme programme;
    private List<TrainingSession> sessions = List.of();
    private Map<Long, Long> present = Map.of();
    private Map<Long, Integer> attended = Map.of();
    private List<RosterLine> roster = List.of();
    private List<StaffOverrides.OverrideLine> history = List.of();
    private Feedback.Summary feedbackSummary;
    private Map<Long, Certificate> issued = Map.of();

    private String cancelReason;
    private String revokeCode;
    private String revokeReason;

    private String sessionTitle;
    private LocalDateTime sessionStarts;
    private LocalDateTime sessionEnds;
    private String sessionVenue;
    private String sessionLink;

    private Long overrideEnrollmentId;
    private StaffOverrides.Action overrideAction = StaffOverrides.Action.CONFIRM;
    private Integer overridePlace;
    private String overrideReason;

    /** f:viewAction: 404 for an unknown programme. */
    public void load() {
        programme = id == null ? null : programmes.find(id).orElse(null);
        if (programme == null) {
            NotFound.send();
            return;
        }
        sessions = attendance.sessions(id);
        present = attendance.presentPerSession(id);
        attended = attendance.attendedCounts(id);
        roster = programmes.roster(id);
        history = overrides.history(id);
        feedbackSummary = feedback.summary(id);
        issued = certificates.ofProgramme(id);
    }

    /** Redirects afterwards: the status, the seat count and the buttons all change. */
    public String cancel() {
        Account staff = currentUser.require();
        try {
            int told = cancellation.cancel(id, cancelReason, staff.getId(), staff.getEmail());
            PageMessages.info("staff.programme.cancelled", told);
            return "/staff/trainings/programme?faces-redirect=true&id=" + id;
        } catch (RuleViolation violation) {
            PageMessages.show(reasonOr("cancellation", violation), violation);
            return null;
        }
    }

    public void prepareRevocation(String code) {
        revokeCode = code;
        revokeReason = null;
    }

    public void revoke() {
        Account staff = currentUser.require();
        try {
            certificates.revoke(revokeCode, revokeReason, staff.getId(), staff.getEmail());
            PageMessages.info("staff.certificate.revoked", revokeCode);
            org.primefaces.PrimeFaces.current().executeScript("PF('revokeDialog').hide()");
        } catch (RuleViolation violation) {
            PageMessages.show(reasonOr("revocation", violation), violation);
        }
        load();
    }

    /** A missing reason shows under its field; any other refusal at the top of the dialog. */
    private static String reasonOr(String formId, RuleViolation violation) {
        return "reason".equals(violation.field()) ? formId : null;
    }

    public Certificate certificateOf(long enrollmentId) {
        return issued.get(enrollmentId);
    }

    /** "Cancelled on <date>: <reason>" for the banner of a cancelled programme. */
    public String getCancelledBecause() {
        if (programme == null || programme.getCancelledAt() == null) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Texts.get(locale, "programme.cancelledBecause", CityTime.format(programme.getCancelledAt(), locale),
                programme.getCancelReason());
    }

    public void planSession() {
        Account staff = currentUser.require();
        try {
            attendance.plan(id, sessionTitle, instant(sessionStarts), instant(sessionEnds), sessionVenue, sessionLink,
                    staff.getId(), staff.getEmail());
            PageMessages.info("staff.session.planned");
            sessionTitle = null;
            sessionStarts = null;
            sessionEnds = null;
        } catch (RuleViolation violation) {
            PageMessages.show("session", violation);
        }
        load();
    }

    public void prepareOverride(long enrollmentId) {
        overrideEnrollmentId = enrollmentId;
        overrideAction = StaffOverrides.Action.CONFIRM;
        overridePlace = null;
        overrideReason = null;
    }

    public void override() {
        Account staff = currentUser.require();
        try {
            overrides.override(overrideEnrollmentId, overrideAction, overridePlace, overrideReason, staff.getId(),
                    staff.getEmail());
            PageMessages.info("staff.override.done");
            org.primefaces.PrimeFaces.current().executeScript("PF('overrideDialog').hide()");
        } catch (RuleViolation violation) {
            PageMessages.show("override", violation);
        }
        load();
    }

    /** Reloads the whole page afterwards: the programme's status in the heading changes too. */
    public String finish() {
        Account staff = currentUser.require();
        try {
            int completed = attendance.finish(id, staff.getId(), staff.getEmail());
            PageMessages.info("staff.programme.finished", completed);
            return "/staff/trainings/programme?faces-redirect=true&id=" + id;
        } catch (RuleViolation violation) {
            PageMessages.show(null, violation);
            load();
            return null;
        }
    }

    public int attendedBy(long enrollmentId) {
        return attended.getOrDefault(enrollmentId, 0);
    }

    public long presentAt(long sessionId) {
        return present.getOrDefault(sessionId, 0L);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(CityTime.ZONE).toInstant();
    }

    public StaffOverrides.Action[] getActions() {
        return StaffOverrides.Action.values();
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getRevokeCode() {
        return revokeCode;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public List<TrainingSession> getSessions() {
        return sessions;
    }

    public List<RosterLine> getRoster() {
        return roster;
    }

    public List<StaffOverrides.OverrideLine> getHistory() {
        return history;
    }

    public Feedback.Summary getFeedbackSummary() {
        return feedbackSummary;
    }

    public String getSessionTitle() {
        return sessionTitle;
    }

    public void setSessionTitle(String sessionTitle) {
        this.sessionTitle = sessionTitle;
    }

    public LocalDateTime getSessionStarts() {
        return sessionStarts;
    }

    public void setSessionStarts(LocalDateTime sessionStarts) {
        this.sessionStarts = sessionStarts;
    }

    public LocalDateTime getSessionEnds() {
        return sessionEnds;
    }

    public void setSessionEnds(LocalDateTime sessionEnds) {
        this.sessionEnds = sessionEnds;
    }

    public String getSessionVenue() {
        return sessionVenue;
    }

    public void setSessionVenue(String sessionVenue) {
        this.sessionVenue = sessionVenue;
    }

    public String getSessionLink() {
        return sessionLink;
    }

    public void setSessionLink(String sessionLink) {
        this.sessionLink = sessionLink;
    }

    public Long getOverrideEnrollmentId() {
        return overrideEnrollmentId;
    }

    public StaffOverrides.Action getOverrideAction() {
        return overrideAction;
    }

    public void setOverrideAction(StaffOverrides.Action overrideAction) {
        this.overrideAction = overrideAction;
    }

    public Integer getOverridePlace() {
        return overridePlace;
    }

    public void setOverridePlace(Integer overridePlace) {
        this.overridePlace = overridePlace;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
