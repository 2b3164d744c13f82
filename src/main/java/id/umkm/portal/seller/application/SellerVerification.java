package id.umkm.portal.seller.application;

import id.umkm.portal.identity.application.AuditLog;
import id.umkm.portal.seller.domain.Seller;
import id.umkm.portal.seller.domain.SellerRepository;
import id.umkm.portal.seller.domain.SellerReview;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The office's side: the queue of new and changed profiles, and the decisions on them. */
@ApplicationScoped
@Transactional
public class SellerVerification {

    static final int REASON_MAX = 500;

    @Inject
    private SellerRepository sellers;

    @Inject
    private ProfileChanges changes;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Seller> queue() {
        return sellers.queue();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Seller> profile(long sellerId) {
        return sellers.find(sellerId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SellerReview> history(long sellerId) {
        return sellers.reviews(sellerId);
    }

    /** Records the decision, the review row and the audit entry together, or none of them. */
    public Seller decide(long sellerId, @NotNull(message = "{seller.decision.required}") Decision decision,
            String reason, long staffId, String staffEmail) {
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision.needsReason() && note == null) {
            throw new RuleViolation("reason", "seller.reason.required");
        }
        if (note != null && note.length() > REASON_MAX) {
            throw new RuleViolation("reason", "seller.reason.tooLong", REASON_MAX);
        }
        Seller seller = sellers.findForUpdate(sellerId)
                .orElseThrow(() -> new RuleViolation(null, "seller.notFound"));
        ProfileChanges.Facts before = ProfileChanges.Facts.of(seller);
        Instant now = clock.instant();
        SellerReview.Decision recorded = switch (decision) {
            case APPROVE -> {
                seller.verify(now);
                yield SellerReview.Decision.VERIFIED;
            }
            case REJECT -> {
                seller.reject(note, now);
                yield SellerReview.Decision.REJECTED;
            }
            case SUSPEND -> {
                seller.suspend(note, now);
                yield SellerReview.Decision.SUSPENDED;
            }
            case REINSTATE -> {
                seller.reinstate(now);
                yield SellerReview.Decision.REINSTATED;
            }
        };
        sellers.addReview(new SellerReview(sellerId, recorded, note, staffId, now));
        changes.fireIfChanged(before, seller);
        audit.record(staffId, staffEmail, "SELLER_" + recorded.name(), "seller", sellerId, note);
        return seller;
    }
}
