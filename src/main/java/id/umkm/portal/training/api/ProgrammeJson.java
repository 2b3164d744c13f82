package id.umkm.portal.training.api;

import id.umkm.portal.training.domain.AllocationMode;
import id.umkm.portal.training.domain.PriorityCriterion;
import id.umkm.portal.training.domain.Programme;
import java.time.Instant;
import java.util.Map;

/**
 * A programme as the public API shows it; the weights are published with priority programmes. The
 * version is what staff send back with a revision of its details.
 */
public record ProgrammeJson(long id, String title, String topic, String partner, String description, String venue,
        String onlineLink, int capacity, Integer seatsLeft, Instant registrationOpensAt, Instant registrationClosesAt,
        String allocationMode, int hours, Map<PriorityCriterion, Integer> priorityWeights, int version) {

    static ProgrammeJson of(Programme p) {
        boolean priority = p.getMode() == AllocationMode.PRIORITY;
        return new ProgrammeJson(p.getId(), p.getTitle(), p.getTopic(), p.getPartner(), p.getDescription(), p.getVenue(),
                p.getOnlineLink(), p.getCapacity(), priority ? null : p.getCapacity() - p.getSeatsTaken(),
                p.getOpensAt(), p.getClosesAt(), p.getMode().name(), p.getHours(), priority ? p.weights().points() : null,
                p.getVersion());
    }
}
