package id.umkm.portal.oss.application;

import id.umkm.portal.oss.domain.OssPush;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

/**
 * What OSS pushes: NIB changes ({@code receiveNIB}) and permit states ({@code receiveLicenseStatus}).
 * A push is recorded once under a fingerprint of its content; the same push again finds it and
 * changes nothing. The fingerprint's unique key closes the race of two identical pushes at once.
 */
@ApplicationScoped
@Transactional
public class OssPushes {

    public enum Result { APPLIED, DUPLICATE }

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private OssInquiry adapter;

    @Inject
    private NibLookups lookups;

    @Inject
    private Event<LicenseStatusReceived> licenseStatus;

    @Inject
    private Clock clock;

    /** @throws OssUnreachable (as bad input) when dataNIB cannot be read */
    public Result receiveNib(JsonObject dataNib) {
        NibRecord record = adapter.readPushedNib(dataNib);
        if (!firstTime(OssPush.Kind.NIB, record.nib(), null, null, dataNib.toString())) {
            return Result.DUPLICATE;
        }
        lookups.answer(record.nib(), NibCheck.found(record), clock.instant(), true);
        return Result.APPLIED;
    }

    public Result receiveLicenseStatus(String nib, String permitId, String statusCode, String note, String body) {
        if (!firstTime(OssPush.Kind.LICENSE_STATUS, nib, permitId, statusCode, body)) {
            return Result.DUPLICATE;
        }
        licenseStatus.fire(new LicenseStatusReceived(nib, permitId, statusCode, note, clock.instant()));
        return Result.APPLIED;
    }

    private boolean firstTime(OssPush.Kind kind, String nib, String permitId, String status, String body) {
        String fingerprint = sha256(kind + "\n" + body);
        boolean seen = !em.createQuery("SELECT p.id FROM OssPush p WHERE p.fingerprint = :f", Long.class)
                .setParameter("f", fingerprint).getResultList().isEmpty();
        if (seen) {
            return false;
        }
        Instant now = clock.instant();
        em.persist(new OssPush(kind, fingerprint, nib, permitId, status, body, now));
        em.flush();
        return true;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
