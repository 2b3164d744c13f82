package id.umkm.portal.oss.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Look-ups as the rest of the portal makes them: a fresh cached answer if there is one, else OSS
 * through the adapter. When OSS cannot answer, the caller gets UNAVAILABLE at once (never an
 * exception) and the NIB waits for the retry job ({@link #retry}).
 */
@ApplicationScoped
public class OssNibRegistry implements NibRegistry {

    private static final Logger LOG = Logger.getLogger(OssNibRegistry.class.getName());
    private static final String UNAVAILABLE_MESSAGE = "OSS tidak dapat dihubungi";

    @Inject
    private OssInquiry oss;

    @Inject
    private NibLookups lookups;

    @Inject
    private Clock clock;

    @Override
    public NibCheck check(String nib) {
        if (nib == null || !nib.matches("[0-9]{13}")) {
            return NibCheck.notFound("NIB terdiri dari 13 angka");
        }
        Instant now = clock.instant();
        return lookups.fresh(nib, now).orElseGet(() -> ask(nib, now, false, oss::inquire));
    }

    /** One attempt of the retry job for a NIB OSS could not answer before. */
    public NibCheck retry(String nib) {
        if (!lookups.claim(nib, clock.instant(), Duration.ofMinutes(2))) {
            return null;
        }
        return ask(nib, clock.instant(), true, oss::inquireInBackground);
    }

    private NibCheck ask(String nib, Instant now, boolean announce, Function<String, NibCheck> inquiry) {
        NibCheck check;
        try {
            check = inquiry.apply(nib);
        } catch (RuntimeException e) {
            // OssUnreachable, or Fault Tolerance's timeout or open circuit.
            LOG.log(Level.INFO, "OSS look-up of {0} failed: {1}", new Object[] {nib, e.toString()});
            remember(() -> lookups.unreachable(nib, e.getMessage(), now));
            return NibCheck.unavailable(UNAVAILABLE_MESSAGE);
        }
        NibCheck answered = check;
        remember(() -> lookups.answer(nib, answered, now, announce));
        return check;
    }

    /** A cache write that loses a race with another look-up of the same NIB loses nothing worth an error. */
    private static void remember(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not store an OSS answer", e);
        }
    }
}
