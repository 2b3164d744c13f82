package id.umkm.portal.training.application;

import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.infrastructure.InstantConverter;
import id.umkm.portal.training.domain.Enrollment;
import id.umkm.portal.training.domain.EnrollmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Participants rate a programme once after it ends; staff read the summary. */
@ApplicationScoped
@Transactional
public class Feedback {

    public static final int MAX_COMMENT = 2000;
    private static final InstantConverter UTC = new InstantConverter();
    private static final Set<EnrollmentStatus> TOOK_PART = Set.of(EnrollmentStatus.COMPLETED, EnrollmentStatus.NOT_COMPLETED);

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private Clock clock;

    public void submit(long accountId, long programmeId, Integer rating, String comment) {
        if (rating == null || rating < 1 || rating > 5) {
            throw new RuleViolation("rating", "training.feedback.ratingInvalid");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new RuleViolation("comment", "training.feedback.tooLong", MAX_COMMENT);
        }
        Enrollment enrollment = sellers.forAccount(accountId).flatMap(s -> em.createQuery("SELECT e FROM Enrollment e"
                        + " WHERE e.sellerId = :s AND e.programmeId = :p", Enrollment.class)
                .setParameter("s", s.id()).setParameter("p", programmeId).getResultStream().findFirst())
                .filter(e -> TOOK_PART.contains(e.getStatus()))
                .orElseThrow(() -> RuleViolation.conflict(null, "training.feedback.notYet"));
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("INSERT IGNORE INTO training_feedback (enrollment_id, rating, comment, submitted_at)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, enrollment.getId()).setParameter(2, rating)
                .setParameter(3, comment == null || comment.isBlank() ? null : comment.strip())
                .setParameter(4, UTC.convertToDatabaseColumn(now)).executeUpdate();
        if (inserted == 0) {
            throw RuleViolation.conflict(null, "training.feedback.already");
        }
    }

    public boolean given(long accountId, long programmeId) {
        return sellers.forAccount(accountId).map(s -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM training_feedback f"
                        + " JOIN training_enrollment e ON e.id = f.enrollment_id WHERE e.seller_id = ?1 AND e.programme_id = ?2")
                .setParameter(1, s.id()).setParameter(2, programmeId).getSingleResult()).longValue() > 0).orElse(false);
    }

    /** Answers, average rating, count per star (index 0 = one star) and the comments, newest first. */
    @SuppressWarnings("unchecked")
    public Summary summary(long programmeId) {
        List<Object[]> rows = em.createNativeQuery("SELECT f.rating, f.comment, f.submitted_at FROM training_feedback f"
                        + " JOIN training_enrollment e ON e.id = f.enrollment_id WHERE e.programme_id = ?1"
                        + " ORDER BY f.submitted_at DESC")
                .setParameter(1, programmeId).getResultList();
        int[] stars = new int[5];
        rows.forEach(r -> stars[((Number) r[0]).intValue() - 1]++);
        double average = rows.stream().mapToInt(r -> ((Number) r[0]).intValue()).average().orElse(0);
        List<Comment> comments = rows.stream().filter(r -> r[1] != null)
                .map(r -> new Comment(((Number) r[0]).intValue(), (String) r[1], SqlValues.instant(r[2]))).toList();
        return new Summary(rows.size(), Math.round(average * 10) / 10.0, List.of(stars[0], stars[1], stars[2], stars[3], stars[4]),
                comments);
    }

    public record Summary(int answers, double averageRating, List<Integer> perStar, List<Comment> comments) implements Serializable {
    }

    public record Comment(int rating, String text, Instant at) implements Serializable {
    }
}
