package id.umkm.portal.licensing.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a permit application stands, and the OSS RBA permit status code each state is reported as.
 * OSS codes 45 (requirements verified) and 47 (fix requirements, resubmitted) have no state of their
 * own here: 45 is the step from VERIFICATION to APPROVED, 47 the step back to VERIFICATION.
 */
public enum ApplicationStatus {

    /** Being filled in by the applicant; nothing has reached the office. */
    DRAFT("11"),
    SUBMITTED("10"),
    VERIFICATION("20"),
    /** Waiting for the applicant to fix documents: the service-level clock is paused. */
    REVISION_REQUESTED("46"),
    APPROVED("48"),
    ISSUED("50"),
    REJECTED("90");

    private final String ossCode;

    ApplicationStatus(String ossCode) {
        this.ossCode = ossCode;
    }

    public String ossCode() {
        return ossCode;
    }

    public static Optional<ApplicationStatus> ofOssCode(String code) {
        for (ApplicationStatus s : values()) {
            if (s.ossCode.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public Set<ApplicationStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(VERIFICATION, REJECTED);
            case VERIFICATION -> EnumSet.of(REVISION_REQUESTED, APPROVED, REJECTED);
            case REVISION_REQUESTED -> EnumSet.of(VERIFICATION, REJECTED);
            case APPROVED -> EnumSet.of(ISSUED);
            case ISSUED, REJECTED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }

    /** The office is working on it: the service-level clock runs. */
    public boolean clockRuns() {
        return this == SUBMITTED || this == VERIFICATION || this == APPROVED;
    }

    public boolean isFinal() {
        return this == ISSUED || this == REJECTED;
    }
}
