package id.umkm.portal.training.domain;

import java.time.Instant;
import java.util.List;

/**
 * What staff may change once a programme is defined (not its allocation mode, weights or completion
 * rule). The version is the one the editor read: an edit made on an older version is refused.
 */
public record ProgrammeDetails(String title, String topic, String partner, String description, String venue,
        String onlineLink, SeatPlan seats, Instant opensAt, Instant closesAt, List<String> eligibleScales,
        List<Short> eligibleKecamatanIds, List<Short> eligibleCategoryIds, List<Session> sessions, int version) {

    /** New times and place of one planned session. */
    public record Session(long id, String title, Instant startsAt, Instant endsAt, String venue, String onlineLink) {
    }

    public ProgrammeDetails {
        eligibleScales = eligibleScales == null ? List.of() : List.copyOf(eligibleScales);
        eligibleKecamatanIds = eligibleKecamatanIds == null ? List.of() : List.copyOf(eligibleKecamatanIds);
        eligibleCategoryIds = eligibleCategoryIds == null ? List.of() : List.copyOf(eligibleCategoryIds);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }
}
