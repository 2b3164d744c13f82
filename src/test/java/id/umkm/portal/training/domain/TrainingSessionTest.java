package id.umkm.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.shared.domain.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

    private static final Instant START = Instant.parse("2026-12-03T01:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(3));

    @Test
    void checkInWorksOnlyWithTheCodeWhileTheSessionRuns() {
        TrainingSession session = TrainingSession.plan(1, "Sesi 1", START, END, "Aula", null);
        String code = session.getAttendanceCode();
        assertThat(code).hasSize(22);
        assertThat(session.acceptsCheckIn(code, START.minus(Duration.ofMinutes(30)))).isTrue();
        assertThat(session.acceptsCheckIn(code, END)).isTrue();
        assertThat(session.acceptsCheckIn(code, START.minus(Duration.ofMinutes(31)))).isFalse();
        assertThat(session.acceptsCheckIn(code, END.plusSeconds(1))).as("yesterday's photo of the QR").isFalse();
        assertThat(session.acceptsCheckIn(code.substring(1) + "x", START)).isFalse();
        assertThat(session.acceptsCheckIn(null, START)).isFalse();
        assertThat(TrainingSession.plan(1, "Sesi 2", START, END, "Aula", null).getAttendanceCode()).isNotEqualTo(code);
    }

    @Test
    void aSessionNeedsATitleAnOrderedTimeAndAPlace() {
        assertThatThrownBy(() -> TrainingSession.plan(1, " ", START, END, "Aula", null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("training.session.title.required");
        assertThatThrownBy(() -> TrainingSession.plan(1, "Sesi", END, START, "Aula", null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("training.session.timeInvalid");
        assertThatThrownBy(() -> TrainingSession.plan(1, "Sesi", START, END, null, " "))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("training.session.placeRequired");
        assertThatThrownBy(() -> TrainingSession.plan(1, "Sesi", START, END, null, "javascript:alert(1)"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("training.session.linkInvalid");
        assertThat(TrainingSession.plan(1, "Sesi", START, END, null, "https://meet.example/abc").getOnlineLink())
                .isEqualTo("https://meet.example/abc");
    }
}
