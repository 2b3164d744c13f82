package id.umkm.portal.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.oss.application.NibCheck;
import id.umkm.portal.shared.domain.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PermitApplicationTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private static PermitType sppIrt() {
        PermitType type = new PermitType("SPP-IRT");
        type.describe("SPP-IRT", "SPP-IRT", null, 0, 14, 60, true, 90, EnumSet.of(PermitType.Risk.MR), true);
        return type;
    }

    private static PermitApplication draft(NibCheck.Outcome nib) {
        return PermitApplication.draft(1, sppIrt().serviceLevel(), 7, "Siti", "siti@example.id", "9120014567894", nib, "Abon Ikan",
                null, "10213", "MR", null, T0);
    }

    private static PermitApplication submitted() {
        PermitApplication a = draft(NibCheck.Outcome.FOUND);
        a.submit("IZN-2603-ABCDEF", T0);
        return a;
    }

    @Test
    void walksTheHappyPathWithARevisionRoundAndReportsEachStateAsItsOssCode() {
        PermitApplication a = submitted();
        assertThat(a.getStatus().ossCode()).isEqualTo("10");
        a.startVerification(T0.plusSeconds(60));
        assertThat(a.getStatus().ossCode()).isEqualTo("20");
        a.requestRevision(T0.plusSeconds(120));
        assertThat(a.getStatus().ossCode()).isEqualTo("46");
        a.resubmit(T0.plusSeconds(180));
        assertThat(a.getStatus()).isEqualTo(ApplicationStatus.VERIFICATION);
        a.approve(T0.plusSeconds(240));
        assertThat(a.getStatus().ossCode()).isEqualTo("48");
        a.issue("SPP-IRT/000001/DPMPTSP-BPN/2026", "CODE", LocalDate.parse("2031-03-01"), T0.plusSeconds(300));
        assertThat(a.getStatus().ossCode()).isEqualTo("50");
        assertThat(a.getPermitNumber()).isEqualTo("SPP-IRT/000001/DPMPTSP-BPN/2026");
        assertThat(ApplicationStatus.REJECTED.ossCode()).isEqualTo("90");
        assertThat(ApplicationStatus.ofOssCode("46")).contains(ApplicationStatus.REVISION_REQUESTED);
    }

    @Test
    void refusesIllegalMoves() {
        PermitApplication a = submitted();
        assertThatThrownBy(() -> a.approve(T0)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("licensing.status.illegalMove");
        assertThatThrownBy(() -> a.issue("N", "C", null, T0)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> a.resubmit(T0)).isInstanceOf(RuleViolation.class);
        a.startVerification(T0);
        a.requestRevision(T0);
        // Only the applicant's resubmission brings it back, not the officer.
        assertThatThrownBy(() -> a.startVerification(T0)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> a.approve(T0)).isInstanceOf(RuleViolation.class);
        a.reject("Dokumen palsu", T0);
        assertThatThrownBy(() -> a.resubmit(T0)).isInstanceOf(RuleViolation.class);
        assertThat(a.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(a.getStatus().next()).isEmpty();
    }

    @Test
    void rejectionNeedsAReason() {
        PermitApplication a = submitted();
        assertThatThrownBy(() -> a.reject("  ", T0)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("licensing.reason.required");
        assertThat(a.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void theClockStopsWhileTheApplicantFixesDocumentsAndTheDeadlineMovesByThePause() {
        PermitApplication a = submitted();
        assertThat(a.getSlaDeadlineAt()).isEqualTo(T0.plus(Duration.ofDays(14)));
        a.startVerification(T0.plus(Duration.ofDays(1)));
        a.requestRevision(T0.plus(Duration.ofDays(2)));
        assertThat(a.getSlaDeadlineAt()).isNull();
        assertThat(a.isClockPaused()).isTrue();
        assertThat(a.slaUsed(T0.plus(Duration.ofDays(9)))).isEqualTo(Duration.ofDays(2));
        a.resubmit(T0.plus(Duration.ofDays(10)));
        assertThat(a.getSlaDeadlineAt()).isEqualTo(T0.plus(Duration.ofDays(22)));
        assertThat(a.isOverdue(T0.plus(Duration.ofDays(21)))).isFalse();
        assertThat(a.isOverdue(T0.plus(Duration.ofDays(23)))).isTrue();
        a.approve(T0.plus(Duration.ofDays(11)));
        a.issue("N", "C", null, T0.plus(Duration.ofDays(12)));
        assertThat(a.getSlaDeadlineAt()).isNull();
        assertThat(a.slaUsed(T0.plus(Duration.ofDays(30)))).isEqualTo(Duration.ofDays(4));
    }

    @Test
    void aDraftWhoseNibOssCouldNotCheckWaitsForTheCheckBeforeSubmission() {
        PermitApplication a = draft(NibCheck.Outcome.UNAVAILABLE);
        assertThatThrownBy(() -> a.submit("IZN-1", T0)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("licensing.nib.stillUnchecked");
        a.confirmNib(NibCheck.Outcome.FOUND, "Abon Ikan Gunung Bahagia", "Jl. Sudirman", "10213", "MR");
        a.submit("IZN-1", T0);
        assertThat(a.getBusinessName()).isEqualTo("Abon Ikan Gunung Bahagia");
        assertThatThrownBy(() -> draft(NibCheck.Outcome.NOT_FOUND)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("licensing.nib.notFound");
    }
}
