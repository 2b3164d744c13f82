package id.umkm.portal.training.domain;

import java.util.List;

/** An applicant's points and the reasons for them, as shown to the applicant. */
public record PriorityScore(int total, List<Reason> reasons) {

    public record Reason(PriorityCriterion criterion, int points) {
    }

    public PriorityScore {
        reasons = List.copyOf(reasons);
    }

    public static PriorityScore of(Applicant applicant, PriorityWeights weights) {
        List<Reason> reasons = applicant.facts().stream().sorted()
                .map(c -> new Reason(c, weights.of(c))).filter(r -> r.points() > 0).toList();
        return new PriorityScore(reasons.stream().mapToInt(Reason::points).sum(), reasons);
    }
}
