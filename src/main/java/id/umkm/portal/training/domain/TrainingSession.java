package id.umkm.portal.training.domain;

import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * One meeting of a programme. Its attendance code is the secret in the check-in QR; a check-in
 * counts only while the session runs (from a little before the start to its end), so a photo of an
 * earlier session's code is worth nothing.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession implements Serializable {

    /** Participants may check in this long before the start (doors open, queue at the desk). */
    public static final Duration CHECK_IN_EARLY = Duration.ofMinutes(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "title")
    private String title;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "venue")
    private String venue;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(name = "attendance_code")
    private String attendanceCode;

    protected TrainingSession() {
    }

    public static TrainingSession plan(long programmeId, String title, Instant startsAt, Instant endsAt, String venue,
            String onlineLink) {
        TrainingSession s = new TrainingSession();
        s.programmeId = programmeId;
        s.reschedule(title, startsAt, endsAt, venue, onlineLink);
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        s.attendanceCode = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return s;
    }

    /**
     * Sets the title, times and place; the attendance code stays, so printed QR codes keep working.
     *
     * @return whether the time or the place changed, which participants must hear
     */
    public boolean reschedule(String newTitle, Instant newStartsAt, Instant newEndsAt, String newVenue, String newLink) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new RuleViolation("sessionTitle", "training.session.title.required");
        }
        if (newStartsAt == null || newEndsAt == null || !newEndsAt.isAfter(newStartsAt)) {
            throw new RuleViolation("sessionEnds", "training.session.timeInvalid");
        }
        if (isBlank(newVenue) && isBlank(newLink)) {
            throw new RuleViolation("sessionVenue", "training.session.placeRequired");
        }
        if (!isBlank(newLink) && !newLink.strip().matches("https://\\S+")) {
            throw new RuleViolation("sessionLink", "training.session.linkInvalid");
        }
        String venueNow = isBlank(newVenue) ? null : newVenue.strip();
        String linkNow = isBlank(newLink) ? null : newLink.strip();
        boolean moved = !newStartsAt.equals(startsAt) || !newEndsAt.equals(endsAt) || !Objects.equals(venueNow, venue)
                || !Objects.equals(linkNow, onlineLink);
        title = newTitle.strip();
        startsAt = newStartsAt;
        endsAt = newEndsAt;
        venue = venueNow;
        onlineLink = linkNow;
        return moved;
    }

    /** "title, start–end, place", as the audit trail records a session before and after a change. */
    @Override
    public String toString() {
        return title + ", " + startsAt + "–" + endsAt + ", " + (venue != null ? venue : "") + (onlineLink != null ? " " + onlineLink : "");
    }

    /** Whether a participant holding this code may check in now. */
    public boolean acceptsCheckIn(String code, Instant now) {
        return code != null && MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8),
                attendanceCode.getBytes(StandardCharsets.UTF_8))
                && !now.isBefore(startsAt.minus(CHECK_IN_EARLY)) && !now.isAfter(endsAt);
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public String getAttendanceCode() {
        return attendanceCode;
    }
}
