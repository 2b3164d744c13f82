package id.umkm.portal.licensing.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** The current file for one required document of an application, and the officer's verdict on it. */
@Entity
@Table(name = "permit_application_document")
public class ApplicationDocument {

    public enum Review { NEW, ACCEPTED, REVISE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "application_id")
    private long applicationId;

    @Column(name = "requirement_id")
    private long requirementId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content")
    private byte[] content;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status")
    private Review review;

    @Column(name = "remark")
    private String remark;

    protected ApplicationDocument() {
    }

    public ApplicationDocument(long applicationId, long requirementId) {
        this.applicationId = applicationId;
        this.requirementId = requirementId;
    }

    /** A new file replaces the old one and waits for the officer again; the remark stays for reference. */
    public void replace(String fileName, FileFormat format, byte[] content, Instant now) {
        // The content first: it is fetched lazily, and EclipseLink loading it on this first write
        // would otherwise overwrite the fields set before it with the stored row's values.
        this.content = content;
        this.fileName = fileName.length() > 200 ? fileName.substring(fileName.length() - 200) : fileName;
        this.contentType = format.contentType();
        this.sizeBytes = content.length;
        this.uploadedAt = now;
        this.review = Review.NEW;
    }

    public void accept() {
        this.review = Review.ACCEPTED;
        this.remark = null;
    }

    public void askToRevise(String remark) {
        this.review = Review.REVISE;
        this.remark = remark;
    }

    public Long getId() { return id; }
    public long getApplicationId() { return applicationId; }
    public long getRequirementId() { return requirementId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public int getSizeBytes() { return sizeBytes; }
    public byte[] getContent() { return content; }
    public Instant getUploadedAt() { return uploadedAt; }
    public Review getReview() { return review; }
    public String getRemark() { return remark; }
}
