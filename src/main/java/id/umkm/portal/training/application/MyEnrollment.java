package id.umkm.portal.training.application;

import java.io.Serializable;
import java.time.Instant;

/** A seller's enrollment with the programme it belongs to, for their trainings page. */
public record MyEnrollment(EnrollmentView enrollment, String programmeTitle, String allocationMode,
        Instant registrationClosesAt) implements Serializable {
}
