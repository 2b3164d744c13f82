package id.umkm.portal.training.domain;

import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/** A seller's application for a programme and where it stands. */
@Entity
@Table(name = "training_enrollment")
public class Enrollment {

    /** How long a freed seat is held for the next person on the waiting list. */
    public static final Duration OFFER_VALIDITY = Duration.ofHours(48);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "programme_id")
    private long programmeId;

    @Column(name = "seller_id")
    private long sellerId;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "kecamatan_id")
    private short kecamatanId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private EnrollmentStatus status;

    @Column(name = "score")
    private Integer score;

    @Column(name = "score_reasons")
    private String scoreReasons;

    @Column(name = "queue_rank")
    private Integer queueRank;

    @Column(name = "priority_rank")
    private Integer priorityRank;

    @Column(name = "reserved_seat")
    private boolean reservedSeat;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version")
    private int version;

    protected Enrollment() {
    }

    public static Enrollment apply(long programmeId, long sellerId, long accountId, short kecamatanId, Instant now) {
        Enrollment e = new Enrollment();
        e.programmeId = programmeId;
        e.sellerId = sellerId;
        e.accountId = accountId;
        e.kecamatanId = kecamatanId;
        e.status = EnrollmentStatus.APPLIED;
        e.appliedAt = now;
        return e;
    }

    public void confirm(boolean reserved, Instant now) {
        require(Set.of(EnrollmentStatus.APPLIED, EnrollmentStatus.WAITLISTED));
        status = EnrollmentStatus.CONFIRMED;
        reservedSeat = reserved;
        decidedAt = now;
    }

    public void waitlist(int rank, Instant now) {
        require(Set.of(EnrollmentStatus.APPLIED));
        status = EnrollmentStatus.WAITLISTED;
        queueRank = rank;
        decidedAt = now;
    }

    /** Staff give this applicant a seat outside the normal order (the reason is recorded by the caller). */
    public void confirmByStaff(boolean reserved, Instant now) {
        require(Set.of(EnrollmentStatus.APPLIED, EnrollmentStatus.WAITLISTED, EnrollmentStatus.OFFERED));
        status = EnrollmentStatus.CONFIRMED;
        reservedSeat = reserved;
        offerExpiresAt = null;
        decidedAt = now;
    }

    /** Moves a waiting applicant to another place in the queue. */
    public void requeue(int rank) {
        require(Set.of(EnrollmentStatus.WAITLISTED));
        queueRank = rank;
    }

    /** The attendance rule's verdict once the programme is over. */
    public void finish(boolean completed, Instant now) {
        require(Set.of(EnrollmentStatus.CONFIRMED));
        status = completed ? EnrollmentStatus.COMPLETED : EnrollmentStatus.NOT_COMPLETED;
        closedAt = now;
    }

    public void score(PriorityScore priority, int rank) {
        priorityRank = rank;
        score = priority.total();
        scoreReasons = priority.reasons().stream()
                .map(r -> r.criterion().name() + ":" + r.points()).collect(Collectors.joining(","));
    }

    public void offer(boolean reserved, Instant now) {
        require(Set.of(EnrollmentStatus.WAITLISTED));
        status = EnrollmentStatus.OFFERED;
        reservedSeat = reserved;
        offerExpiresAt = now.plus(OFFER_VALIDITY);
        decidedAt = now;
    }

    public void acceptOffer(Instant now) {
        require(Set.of(EnrollmentStatus.OFFERED));
        if (!offerExpiresAt.isAfter(now)) {
            throw RuleViolation.conflict("offer", "training.offerExpired");
        }
        status = EnrollmentStatus.CONFIRMED;
        offerExpiresAt = null;
        decidedAt = now;
    }

    /** An unanswered offer passes on. */
    public void lapse(Instant now) {
        require(Set.of(EnrollmentStatus.OFFERED));
        status = EnrollmentStatus.DECLINED;
        closedAt = now;
    }

    public void cancel(Instant now) {
        require(Set.of(EnrollmentStatus.APPLIED, EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED,
                EnrollmentStatus.OFFERED));
        status = EnrollmentStatus.CANCELLED;
        closedAt = now;
    }

    private void require(Set<EnrollmentStatus> allowed) {
        if (!allowed.contains(status)) {
            throw RuleViolation.conflict("status", "training.enrollment.illegalTransition", status.name());
        }
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public long getSellerId() {
        return sellerId;
    }

    public long getAccountId() {
        return accountId;
    }

    public short getKecamatanId() {
        return kecamatanId;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public Integer getScore() {
        return score;
    }

    public String getScoreReasons() {
        return scoreReasons;
    }

    public Integer getQueueRank() {
        return queueRank;
    }

    public Integer getPriorityRank() {
        return priorityRank;
    }

    public boolean isReservedSeat() {
        return reservedSeat;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getOfferExpiresAt() {
        return offerExpiresAt;
    }
}
