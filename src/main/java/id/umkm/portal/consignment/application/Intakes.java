package id.umkm.portal.consignment.application;

import static id.umkm.portal.consignment.application.Sql.date;
import static id.umkm.portal.consignment.application.Sql.instant;
import static id.umkm.portal.consignment.application.Sql.intOf;
import static id.umkm.portal.consignment.application.Sql.longOf;

import id.umkm.portal.consignment.domain.AgeFlag;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Intake notes: the cashier receives a consignor's goods against their active agreement. Each line becomes
 * a batch with its own label code; the whole note is checked before anything is saved.
 */
@ApplicationScoped
@Transactional
public class Intakes {

    static final int MAX_LINES = 40;
    static final int MAX_UNITS = 5000;

    public record Intake(long id, long agreementId, long sellerId, String sellerName, String outletName, String receivedBy,
            Instant receivedAt, String note, List<Item> items) implements Serializable {

        public String number() {
            return References.intake(id);
        }

        public Money total() {
            return items.stream().map(i -> i.originalPrice().times(i.received())).reduce(Money.ZERO, Money::plus);
        }
    }

    static final String ITEM_COLUMNS = "i.id, i.code, i.intake_id, i.agreement_id, i.seller_id, i.outlet_id, i.name,"
            + " i.category_id, i.unit_price_rupiah, i.original_price_rupiah, i.best_before, i.consign_until,"
            + " i.quantity_received, i.quantity_in_stock, i.quantity_reserved, i.quantity_sold, i.quantity_expired,"
            + " i.quantity_returned, i.quantity_damaged, i.quantity_lost, i.age_flag";

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Agreements agreements;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private ConsignorNotices notices;

    @Inject
    private Clock clock;

    public Intake receive(long cashierAccountId, long agreementId, String note, List<IntakeLine> lines) {
        Agreements.Agreement agreement = agreements.find(agreementId).filter(Agreements.Agreement::isActive)
                .orElseThrow(() -> new RuleViolation("agreementId", "consignment.intake.agreement.notActive"));
        if (lines == null || lines.isEmpty()) {
            throw new RuleViolation("lines", "consignment.intake.lines.required");
        }
        if (lines.size() > MAX_LINES) {
            throw new RuleViolation("lines", "consignment.intake.lines.tooMany", MAX_LINES);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), CityTime.ZONE);
        for (int n = 0; n < lines.size(); n++) {
            check(lines.get(n), n + 1, today);
        }
        Instant now = clock.instant();
        long intakeId = Sql.insert(em, "INSERT INTO consignment_intake (agreement_id, seller_id, outlet_id, received_by, received_at, note)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)", agreement.id(), agreement.sellerId(), agreement.outletId(),
                cashierAccountId, now, note == null || note.isBlank() ? null : note.strip());
        LocalDate consignUntil = today.plusDays(agreement.consignmentDays());
        for (IntakeLine line : lines) {
            long itemId = Sql.insert(em, "INSERT INTO consignment_item (code, intake_id, agreement_id, seller_id, outlet_id, name,"
                            + " category_id, unit_price_rupiah, original_price_rupiah, best_before, consign_until, quantity_received,"
                            + " quantity_in_stock) VALUES (CONCAT('N', UUID_SHORT()), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                    intakeId, agreement.id(), agreement.sellerId(), agreement.outletId(), line.name().strip(),
                    line.categoryId(), line.unitPriceRupiah(), line.unitPriceRupiah(), line.bestBefore(), consignUntil,
                    line.quantity(), line.quantity());
            Sql.update(em, "UPDATE consignment_item SET code = ?1 WHERE id = ?2", References.itemCode(itemId), itemId);
        }
        Intake intake = find(intakeId).orElseThrow();
        notices.received(intake);
        return intake;
    }

    private void check(IntakeLine line, int n, LocalDate today) {
        if (line.name() == null || line.name().isBlank() || line.name().strip().length() > 150) {
            throw new RuleViolation("lines", "consignment.intake.name.required", n);
        }
        if (line.categoryId() == null || sector(line.categoryId()).isEmpty()) {
            throw new RuleViolation("lines", "consignment.intake.category.required", n);
        }
        if (line.quantity() == null || line.quantity() < 1 || line.quantity() > MAX_UNITS) {
            throw new RuleViolation("lines", "consignment.intake.quantity.invalid", n, MAX_UNITS);
        }
        if (line.unitPriceRupiah() == null || line.unitPriceRupiah() < 100 || line.unitPriceRupiah() > 100_000_000) {
            throw new RuleViolation("lines", "consignment.intake.price.invalid", n);
        }
        boolean food = sector(line.categoryId()).filter("FOOD_DRINK"::equals).isPresent();
        if (food && line.bestBefore() == null) {
            throw new RuleViolation("lines", "consignment.intake.bestBefore.required", n);
        }
        if (line.bestBefore() != null && line.bestBefore().isBefore(today)) {
            throw new RuleViolation("lines", "consignment.intake.bestBefore.past", n);
        }
    }

    /** The business category's sector (reference data), empty for an unknown category. */
    private Optional<String> sector(short categoryId) {
        return Sql.rows(em, "SELECT sector FROM business_category WHERE id = ?1", categoryId).stream()
                .map(r -> (String) r[0]).findFirst();
    }

    public Optional<Intake> find(long intakeId) {
        return Sql.rows(em, "SELECT n.id, n.agreement_id, n.seller_id, o.name, a.full_name, n.received_at, n.note"
                        + " FROM consignment_intake n JOIN consignment_outlet o ON o.id = n.outlet_id"
                        + " JOIN account a ON a.id = n.received_by WHERE n.id = ?1", intakeId).stream()
                .map(r -> new Intake(longOf(r[0]), longOf(r[1]), longOf(r[2]), sellerName(longOf(r[2])), (String) r[3],
                        (String) r[4], instant(r[5]), (String) r[6], items("WHERE i.intake_id = ?1 ORDER BY i.id", intakeId)))
                .findFirst();
    }

    /** The seller's own intake note, or empty when it is someone else's. */
    public Optional<Intake> findOfSeller(long sellerId, long intakeId) {
        return find(intakeId).filter(i -> i.sellerId() == sellerId);
    }

    public List<Intake> recent(long outletId) {
        return Sql.rows(em, "SELECT id FROM consignment_intake WHERE outlet_id = ?1 ORDER BY id DESC LIMIT 20", outletId)
                .stream().map(r -> find(longOf(r[0])).orElseThrow()).toList();
    }

    public List<Intake> ofSeller(long sellerId) {
        return Sql.rows(em, "SELECT id FROM consignment_intake WHERE seller_id = ?1 ORDER BY id DESC LIMIT 50", sellerId)
                .stream().map(r -> find(longOf(r[0])).orElseThrow()).toList();
    }

    public Optional<Item> item(String code) {
        return items("WHERE i.code = ?1", code == null ? "" : code.strip().toUpperCase()).stream().findFirst();
    }

    public Optional<Item> item(long id) {
        return items("WHERE i.id = ?1", id).stream().findFirst();
    }

    List<Item> items(String where, Object... params) {
        return Sql.rows(em, "SELECT " + ITEM_COLUMNS + " FROM consignment_item i " + where, params).stream()
                .map(this::item).toList();
    }

    private Item item(Object[] r) {
        long sellerId = longOf(r[4]);
        return new Item(longOf(r[0]), (String) r[1], longOf(r[2]), longOf(r[3]), sellerId, sellerName(sellerId), longOf(r[5]),
                (String) r[6], ((Number) r[7]).shortValue(), Money.rupiah(longOf(r[8])), Money.rupiah(longOf(r[9])),
                date(r[10]), date(r[11]), intOf(r[12]), intOf(r[13]), intOf(r[14]), intOf(r[15]), intOf(r[16]),
                intOf(r[17]), intOf(r[18]), intOf(r[19]), AgeFlag.valueOf((String) r[20]));
    }

    private String sellerName(long sellerId) {
        return sellers.find(sellerId).map(SellerSummary::businessName).orElse("#" + sellerId);
    }
}
