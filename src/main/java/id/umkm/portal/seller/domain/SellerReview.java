package id.umkm.portal.seller.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One staff decision on a seller profile, kept for the seller's and the auditor's eyes. */
@Entity
@Table(name = "seller_review")
public class SellerReview {

    public enum Decision { VERIFIED, REJECTED, SUSPENDED, REINSTATED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seller_id", nullable = false)
    private long sellerId;

    @Column(name = "decision", nullable = false)
    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Column(name = "note")
    private String note;

    @Column(name = "decided_by", nullable = false)
    private long decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected SellerReview() {
    }

    public SellerReview(long sellerId, Decision decision, String note, long decidedBy, Instant decidedAt) {
        this.sellerId = sellerId;
        this.decision = decision;
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Decision getDecision() { return decision; }
    public String getNote() { return note; }
    public long getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
