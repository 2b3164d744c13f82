package id.umkm.portal.training.web;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import id.umkm.portal.training.application.Enrollments;
import id.umkm.portal.training.application.MyEnrollment;
import id.umkm.portal.training.application.TrainingProgrammes;
import id.umkm.portal.training.domain.Programme;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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

    private List<Programme> open;
    private List<MyEnrollment> mine;

    @PostConstruct
    void load() {
        open = programmes.openNow();
        mine = enrollments.mine(currentUser.require().getId());
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
