package id.umkm.portal.training.domain;

import java.time.Instant;

/** What staff may still change once a programme is defined: who runs it, where, and until when people may apply. */
public record ProgrammeDetails(String partner, String description, String venue, String onlineLink, Instant closesAt) {
}
