package id.umkm.portal.shared.media;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of the media table, written once and never changed (so its URLs can be cached for ever). */
@Entity
@Table(name = "media")
public class MediaRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_account_id", nullable = false)
    private long ownerAccountId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "sha256", nullable = false)
    private String sha256;

    @Column(name = "original_name")
    private String originalName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false)
    private byte[] data;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "thumbnail", nullable = false)
    private byte[] thumbnail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MediaRecord() {
    }

    MediaRecord(long ownerAccountId, String contentType, byte[] data, byte[] thumbnail, int width, int height,
            String sha256, String originalName, Instant createdAt) {
        this.ownerAccountId = ownerAccountId;
        this.contentType = contentType;
        this.sizeBytes = data.length;
        this.data = data;
        this.thumbnail = thumbnail;
        this.width = width;
        this.height = height;
        this.sha256 = sha256;
        this.originalName = originalName;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }
}
