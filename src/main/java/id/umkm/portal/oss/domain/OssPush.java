package id.umkm.portal.oss.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One push OSS made; the unique fingerprint (a hash of kind and body) makes a repeated push a no-op. */
@Entity
@Table(name = "oss_push")
public class OssPush {

    public enum Kind { NIB, LICENSE_STATUS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "kind")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(name = "fingerprint")
    private String fingerprint;

    @Column(name = "nib")
    private String nib;

    @Column(name = "permit_id")
    private String permitId;

    @Column(name = "status_code")
    private String statusCode;

    @Column(name = "body")
    private String body;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected OssPush() {
    }

    public OssPush(Kind kind, String fingerprint, String nib, String permitId, String statusCode, String body,
            Instant receivedAt) {
        this.kind = kind;
        this.fingerprint = fingerprint;
        this.nib = nib;
        this.permitId = permitId;
        this.statusCode = statusCode;
        this.body = body;
        this.receivedAt = receivedAt;
    }

    public Long getId() { return id; }
}
