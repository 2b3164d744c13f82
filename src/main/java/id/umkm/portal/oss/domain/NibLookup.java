package id.umkm.portal.oss.domain;

import id.umkm.portal.oss.application.NibCheck;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** The last answer about one NIB, and whether the retry job still has to ask OSS again. */
@Entity
@Table(name = "oss_nib_lookup")
public class NibLookup {

    @Id
    @Column(name = "nib")
    private String nib;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private NibCheck.Outcome outcome;

    @Column(name = "message")
    private String message;

    @Column(name = "record_json")
    private String recordJson;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "pending")
    private boolean pending;

    @Column(name = "attempts")
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected NibLookup() {
    }

    public NibLookup(String nib) {
        this.nib = nib;
    }

    /** OSS answered (found or not found): keep it for ttl, nothing left to retry. */
    public void answered(NibCheck.Outcome outcome, String message, String recordJson, Instant now, Duration ttl) {
        this.outcome = outcome;
        this.message = truncate(message);
        this.recordJson = recordJson;
        this.checkedAt = now;
        this.expiresAt = now.plus(ttl);
        this.pending = false;
        this.attempts = 0;
        this.nextAttemptAt = null;
    }

    /**
     * OSS could not answer: the look-up waits for the retry job, twice as long each time (from
     * retryDelay up to six hours). An earlier real answer is kept but counts as stale.
     */
    public void unreachable(String message, Instant now, Duration retryDelay) {
        if (outcome == null) {
            this.outcome = NibCheck.Outcome.UNAVAILABLE;
            this.checkedAt = now;
        }
        this.message = truncate(message);
        this.expiresAt = now;
        this.pending = true;
        this.attempts++;
        Duration wait = retryDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
        this.nextAttemptAt = now.plus(wait.compareTo(Duration.ofHours(6)) > 0 ? Duration.ofHours(6) : wait);
    }

    public boolean isFreshAt(Instant now) {
        return !pending && outcome != NibCheck.Outcome.UNAVAILABLE && expiresAt.isAfter(now);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 255 ? s : s.substring(0, 255);
    }

    public String getNib() { return nib; }
    public NibCheck.Outcome getOutcome() { return outcome; }
    public String getMessage() { return message; }
    public String getRecordJson() { return recordJson; }
    public Instant getCheckedAt() { return checkedAt; }
    public boolean isPending() { return pending; }
    public int getAttempts() { return attempts; }
}
