package id.umkm.portal.training.domain;

import java.time.Instant;
import java.util.Set;

/**
 * One application as the allocation sees it: the facts that earn points, the kecamatan (for seat
 * quotas) and when it came in (for ties).
 */
public record Applicant(long enrollmentId, short kecamatanId, Set<PriorityCriterion> facts, Instant appliedAt) {

    public Applicant {
        facts = Set.copyOf(facts);
    }
}
