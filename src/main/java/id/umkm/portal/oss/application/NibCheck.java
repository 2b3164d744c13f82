package id.umkm.portal.oss.application;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * One look-up's answer.
 *
 * @param message what the registry (or the adapter, when it could not reach it) said, for staff
 * @param record the registry's facts, present only when {@code outcome} is FOUND
 */
public record NibCheck(Outcome outcome, String message, NibRecord record) implements Serializable {

    public enum Outcome { FOUND, NOT_FOUND, UNAVAILABLE }

    public NibCheck {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.FOUND) != (record != null)) {
            throw new IllegalArgumentException("A record comes with FOUND and only with FOUND");
        }
    }

    public static NibCheck found(NibRecord record) {
        return new NibCheck(Outcome.FOUND, "NIB ditemukan", record);
    }

    public static NibCheck notFound(String message) {
        return new NibCheck(Outcome.NOT_FOUND, message, null);
    }

    public static NibCheck unavailable(String message) {
        return new NibCheck(Outcome.UNAVAILABLE, message, null);
    }

    public Optional<NibRecord> found() {
        return Optional.ofNullable(record);
    }
}
