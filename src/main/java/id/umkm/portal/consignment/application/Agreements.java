package id.umkm.portal.consignment.application;

import static id.umkm.portal.consignment.application.Sql.decimal;
import static id.umkm.portal.consignment.application.Sql.instant;
import static id.umkm.portal.consignment.application.Sql.intOf;
import static id.umkm.portal.consignment.application.Sql.longOf;

import id.umkm.portal.consignment.domain.AgreementTerms;
import id.umkm.portal.consignment.domain.CommissionTerms;
import id.umkm.portal.consignment.domain.EndAction;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Consignment agreements: staff offer terms to a verified seller for an outlet, the seller accepts them,
 * staff end them. A seller has at most one offered or active agreement per outlet.
 */
@ApplicationScoped
@Transactional
public class Agreements {

    public record Agreement(long id, long sellerId, String sellerName, long outletId, String outletName,
            BigDecimal commissionPercent, Map<Short, BigDecimal> categoryPercents, int consignmentDays, int graceDays,
            EndAction endAction, BigDecimal markdownPercent, String payoutFrequency, String status, Instant createdAt,
            Instant acceptedAt, Instant endedAt) implements Serializable {

        public String number() {
            return References.agreement(id);
        }

        public CommissionTerms commission() {
            return new CommissionTerms(commissionPercent, categoryPercents);
        }

        public boolean isActive() {
            return "ACTIVE".equals(status);
        }
    }

    public record Outlet(long id, String name, String address) {
    }

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private ConsignorNotices notices;

    @Inject
    private Clock clock;

    public List<Outlet> outlets() {
        return Sql.rows(em, "SELECT id, name, address FROM consignment_outlet ORDER BY id").stream()
                .map(r -> new Outlet(longOf(r[0]), (String) r[1], (String) r[2])).toList();
    }

    public Agreement offer(long staffAccountId, long sellerId, long outletId, AgreementTerms terms) {
        SellerSummary seller = sellers.find(sellerId).filter(SellerSummary::isPublic)
                .orElseThrow(() -> new RuleViolation("sellerId", "consignment.agreement.seller.notVerified"));
        if (outlets().stream().noneMatch(o -> o.id() == outletId)) {
            throw new RuleViolation("outletId", "consignment.agreement.outlet.unknown");
        }
        // Serialises offers at the outlet (a row that always exists, unlike the seller's first agreement, whose
        // absence two transactions could both see): the later offer waits, then finds the earlier one, by a
        // locking read, which sees what was committed meanwhile (a plain read would see its older snapshot).
        // The unique key on open agreements (V17) holds even against writers that skip this lock.
        Sql.rows(em, "SELECT id FROM consignment_outlet WHERE id = ?1 FOR UPDATE", outletId);
        if (!Sql.rows(em, "SELECT id FROM consignment_agreement WHERE open_seller_id = ?1 AND outlet_id = ?2 FOR UPDATE",
                seller.id(), outletId).isEmpty()) {
            throw RuleViolation.conflict("sellerId", "consignment.agreement.exists");
        }
        long id;
        try {
            id = Sql.insert(em, "INSERT INTO consignment_agreement (seller_id, outlet_id, commission_percent, consignment_days,"
                            + " grace_days, end_action, markdown_percent, payout_frequency, status, created_by, created_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'OFFERED', ?9, ?10)",
                    seller.id(), outletId, terms.commissionPercent(), terms.consignmentDays(), terms.graceDays(),
                    terms.endAction().name(), terms.markdownPercent(), terms.payoutFrequency().name(), staffAccountId,
                    clock.instant());
        } catch (PersistenceException e) {
            if (Sql.isDuplicateKey(e)) {
                throw RuleViolation.conflict("sellerId", "consignment.agreement.exists");
            }
            throw e;
        }
        for (Map.Entry<Short, BigDecimal> rate : terms.categoryPercents().entrySet()) {
            Sql.update(em, "INSERT INTO consignment_category_rate (agreement_id, category_id, commission_percent) VALUES (?1, ?2, ?3)",
                    id, rate.getKey(), rate.getValue());
        }
        Agreement offered = find(id).orElseThrow();
        notices.offered(offered);
        return offered;
    }

    /** The seller accepts an offer made to them (and only to them). */
    public Agreement accept(long sellerId, long agreementId) {
        int accepted = Sql.update(em, "UPDATE consignment_agreement SET status = 'ACTIVE', accepted_at = ?1, version = version + 1"
                + " WHERE id = ?2 AND seller_id = ?3 AND status = 'OFFERED'", clock.instant(), agreementId, sellerId);
        Agreement agreement = find(agreementId).filter(a -> a.sellerId() == sellerId)
                .orElseThrow(() -> new RuleViolation(null, "consignment.agreement.notFound"));
        if (accepted == 0) {
            throw RuleViolation.conflict(null, "consignment.agreement.notOffered");
        }
        return agreement;
    }

    public Agreement end(long agreementId) {
        int ended = Sql.update(em, "UPDATE consignment_agreement SET status = 'ENDED', ended_at = ?1, version = version + 1"
                + " WHERE id = ?2 AND status IN ('OFFERED', 'ACTIVE')", clock.instant(), agreementId);
        Agreement agreement = find(agreementId).orElseThrow(() -> new RuleViolation(null, "consignment.agreement.notFound"));
        if (ended == 0) {
            throw RuleViolation.conflict(null, "consignment.agreement.alreadyEnded");
        }
        return agreement;
    }

    public Optional<Agreement> find(long id) {
        return list("WHERE a.id = ?1", id).stream().findFirst();
    }

    public List<Agreement> all() {
        return list("ORDER BY a.status = 'ENDED', a.id DESC LIMIT 500");
    }

    public List<Agreement> ofSeller(long sellerId) {
        return list("WHERE a.seller_id = ?1 ORDER BY a.id DESC", sellerId);
    }

    /** The active agreements at an outlet, for the intake form. */
    public List<Agreement> activeAt(long outletId) {
        return list("WHERE a.outlet_id = ?1 AND a.status = 'ACTIVE' ORDER BY a.id", outletId);
    }

    private List<Agreement> list(String where, Object... params) {
        List<Object[]> rows = Sql.rows(em, "SELECT a.id, a.seller_id, a.outlet_id, o.name, a.commission_percent, a.consignment_days,"
                + " a.grace_days, a.end_action, a.markdown_percent, a.payout_frequency, a.status, a.created_at, a.accepted_at,"
                + " a.ended_at FROM consignment_agreement a JOIN consignment_outlet o ON o.id = a.outlet_id " + where, params);
        return rows.stream().map(r -> {
            long id = longOf(r[0]);
            long sellerId = longOf(r[1]);
            String sellerName = sellers.find(sellerId).map(SellerSummary::businessName).orElse("#" + sellerId);
            return new Agreement(id, sellerId, sellerName, longOf(r[2]), (String) r[3], decimal(r[4]), rates(id),
                    intOf(r[5]), intOf(r[6]), EndAction.valueOf((String) r[7]), decimal(r[8]), (String) r[9],
                    (String) r[10], instant(r[11]), instant(r[12]), instant(r[13]));
        }).toList();
    }

    private Map<Short, BigDecimal> rates(long agreementId) {
        Map<Short, BigDecimal> rates = new HashMap<>();
        for (Object[] r : Sql.rows(em, "SELECT category_id, commission_percent FROM consignment_category_rate WHERE agreement_id = ?1",
                agreementId)) {
            rates.put(((Number) r[0]).shortValue(), decimal(r[1]));
        }
        return rates;
    }
}
