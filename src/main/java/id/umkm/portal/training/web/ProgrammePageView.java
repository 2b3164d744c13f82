package id.umkm.portal.training.web;

import id.umkm.portal.training.application.Attendance;
import id.umkm.portal.training.application.TrainingProgrammes;
import id.umkm.portal.training.domain.Programme;
import id.umkm.portal.training.domain.ProgrammeStatus;
import id.umkm.portal.training.domain.TrainingSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** pelatihan.xhtml: a programme's public page: what, when, where, who may apply and the published priority scale. */
@Named
@RequestScoped
public class ProgrammePageView {

    @Inject
    private TrainingProgrammes programmes;

    @Inject
    private Attendance attendance;

    private Long id;
    private Programme programme;
    private List<TrainingSession> sessions = List.of();

    public void load() {
        programme = id == null ? null
                : programmes.find(id).filter(p -> p.getStatus() != ProgrammeStatus.DRAFT).orElse(null);
        if (programme == null) {
            NotFound.send();
            return;
        }
        sessions = attendance.sessions(id);
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
}
