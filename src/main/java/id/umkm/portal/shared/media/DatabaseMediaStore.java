package id.umkm.portal.shared.media;

import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The media table as the image store: checks by content, decodes, makes the thumbnail, stores both. */
@ApplicationScoped
@Transactional
public class DatabaseMediaStore implements MediaStore {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    public StoredMedia store(long ownerAccountId, String originalName, byte[] content) {
        String name = displayName(originalName);
        if (content == null || content.length == 0) {
            throw new RuleViolation("photo", "media.empty", name);
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("photo", "media.tooLarge", name, MAX_BYTES / (1024 * 1024));
        }
        ImageKind kind = ImageKind.sniff(content).orElseThrow(() -> new RuleViolation("photo", "media.notAnImage", name));
        Thumbnails.Decoded decoded = Thumbnails.decode(kind, content, name);
        byte[] thumbnail = Thumbnails.thumbnailJpeg(decoded.image());
        MediaRecord record = new MediaRecord(ownerAccountId, kind.contentType(), content, thumbnail,
                decoded.width(), decoded.height(), sha256(content), name, clock.instant());
        em.persist(record);
        em.flush();
        return new StoredMedia(record.getId(), kind.contentType(), decoded.width(), decoded.height());
    }

    public Optional<MediaContent> original(long id) {
        return read(id, "data", true);
    }

    public Optional<MediaContent> thumbnail(long id) {
        return read(id, "thumbnail", false);
    }

    /** Which of these media the account uploaded: a seller attaches only their own images. */
    public List<Long> ownedBy(long accountId, List<Long> mediaIds) {
        if (mediaIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m.id FROM MediaRecord m WHERE m.ownerAccountId = :owner AND m.id IN :ids", Long.class)
                .setParameter("owner", accountId).setParameter("ids", mediaIds).getResultList();
    }

    private Optional<MediaContent> read(long id, String column, boolean ownType) {
        List<?> rows = em.createNativeQuery("SELECT content_type, " + column + " FROM media WHERE id = ?")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new MediaContent(ownType ? (String) row[0] : "image/jpeg", (byte[]) row[1]));
    }

    private static String displayName(String originalName) {
        if (originalName == null || originalName.isBlank()) {
            return "foto";
        }
        String base = originalName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 255 ? base.substring(0, 255) : base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
