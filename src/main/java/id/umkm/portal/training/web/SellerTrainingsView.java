package id.umkm.portal.training.web;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import id.umkm.portal.training.application.Attendance;
import id.umkm.portal.training.application.Certificates;
import id.umkm.portal.training.application.Enrollments;
import id.umkm.portal.training.application.Feedback;
import id.umkm.portal.training.domain.Certificate;
import id.umkm.portal.training.domain.TrainingSession;
import id.umkm.portal.training.application.MyEnrollment;
import id.umkm.portal.training.application.TrainingProgrammes;
import id.umkm.portal.training.domain.Programme;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/** seller/trainings.xhtml: open programmes to apply for, and the seller's own enrollments with rank and reasons. */
@Named
@ViewScoped
public class SellerTrainingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingProgrammes programmes;

    @Inject
    private Enrollments enrollments;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Attendance attendance;

    @Inject
    private Certificates certificates;

    @Inject
    private Feedback feedback;

    private List<Programme> open;
    private List<MyEnrollment> mine;
    private final Map<Long, List<TrainingSession>> sessions = new HashMap<>();
    private final Map<Long, Integer> ratings = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();

    @PostConstruct
    void load() {
        open = programmes.openNow();
        mine = enrollments.mine(currentUser.require().getId());
        sessions.clear();
    }

    /** The sessions of a programme the seller has a seat in. */
    public List<TrainingSession> sessionsOf(long programmeId) {
        return sessions.computeIfAbsent(programmeId, attendance::sessions);
    }

    public String certificateCode(long programmeId) {
        return certificates.mine(currentUser.require().getId(), programmeId).map(Certificate::getCode).orElse(null);
    }

    public boolean feedbackGiven(long programmeId) {
        return feedback.given(currentUser.require().getId(), programmeId);
    }

    public void sendFeedback(long programmeId) {
        act(() -> feedback.submit(currentUser.require().getId(), programmeId, ratings.get(programmeId),
                comments.get(programmeId)), "training.feedback.thanks");
    }

    public Map<Long, Integer> getRatings() {
        return ratings;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public void apply(long programmeId) {
        act(() -> enrollments.apply(currentUser.require().getId(), programmeId), "training.applied");
    }

    public void cancel(long programmeId) {
        act(() -> enrollments.cancel(currentUser.require().getId(), programmeId), "training.cancelled");
    }

    public void accept(long programmeId) {
        act(() -> enrollments.acceptOffer(currentUser.require().getId(), programmeId), "training.accepted");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            PageMessages.info(doneKey);
        } catch (RuleViolation violation) {
            PageMessages.show("trainings", violation);
        }
        load();
    }

    /** "NEVER_TRAINED:30" as the applicant reads it, in the page's language. */
    public String reasonText(String reason) {
        String[] parts = reason.split(":");
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "trainingMsg");
        return texts.getString("training.criterion." + parts[0]) + " (+" + parts[1] + ")";
    }

    public boolean hasApplied(long programmeId) {
        return appliedIds().contains(programmeId);
    }

    private Set<Long> appliedIds() {
        return mine.stream().map(m -> m.enrollment().programmeId()).collect(Collectors.toSet());
    }

    public List<Programme> getOpen() {
        return open;
    }

    public List<MyEnrollment> getMine() {
        return mine;
    }
}
