package id.umkm.portal.training.application;

import id.umkm.portal.shared.infrastructure.RequestOrigin;
import id.umkm.portal.training.domain.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The address in a session's QR code: the participant's check-in page with the session's code. */
@ApplicationScoped
public class CheckInLinks {

    public static final String PATH = "/seller/trainings/checkin.xhtml";

    @Inject
    private RequestOrigin origin;

    public String url(TrainingSession session) {
        return origin.baseUrl() + PATH + "?session=" + session.getId() + "&code=" + session.getAttendanceCode();
    }
}
