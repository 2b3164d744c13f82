package id.umkm.portal.training.domain;

/**
 * The outcome for one applicant: rank (1 = best), score with reasons, and whether a seat was given,
 * and if so whether it was one of the seats reserved for their kecamatan.
 */
public record Allocation(Applicant applicant, int rank, PriorityScore score, Outcome outcome) {

    public enum Outcome { CONFIRMED_RESERVED, CONFIRMED, WAITLISTED }

    public boolean hasSeat() {
        return outcome != Outcome.WAITLISTED;
    }
}
