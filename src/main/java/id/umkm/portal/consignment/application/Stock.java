package id.umkm.portal.consignment.application;

import id.umkm.portal.consignment.domain.AgeFlag;
import id.umkm.portal.consignment.domain.Ageing;
import id.umkm.portal.consignment.domain.EndAction;
import id.umkm.portal.consignment.domain.Markdown;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Goods at an outlet over their life: the daily ageing (flags, expired food taken off sale, the one
 * markdown), return notes that hand goods back to their owner, and units written off as damaged or lost.
 * Every move of units is a conditional UPDATE that keeps the units' states adding up to what was received.
 */
@ApplicationScoped
@Transactional
public class Stock {

    public enum ReturnReason {
        EXPIRED, UNSOLD, OWNER
    }

    public record ReturnLine(long itemId, int quantity, ReturnReason reason) {
    }

    public record AgeingRun(int flagged, int expired, int markedDown) {
    }

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Intakes intakes;

    @Inject
    private Agreements agreements;

    @Inject
    private Clock clock;

    /** The outlet's goods still there (in stock, reserved or expired awaiting return), the oldest problems first. */
    public List<Item> atOutlet(long outletId) {
        return intakes.items("WHERE i.outlet_id = ?1 AND (i.quantity_in_stock + i.quantity_reserved + i.quantity_expired) > 0"
                + " ORDER BY FIELD(i.age_flag, 'EXPIRED', 'DUE_RETURN', 'EXPIRING', 'IN_GRACE', 'MARKED_DOWN', 'OK'), i.id LIMIT 1000",
                outletId);
    }

    public List<Item> ofSeller(long sellerId) {
        return intakes.items("WHERE i.seller_id = ?1 ORDER BY i.id DESC LIMIT 500", sellerId);
    }

    /**
     * The daily ageing, once per day across the cluster: the day is claimed by inserting it
     * (consignment_ageing_day) in the ageing's transaction, so a second run, here or on another instance,
     * waits for the first and finds the day taken; a failed run leaves the day unclaimed for the next. Empty
     * when the day was aged before.
     */
    public Optional<AgeingRun> ageOnce(LocalDate day) {
        int claimed = Sql.update(em, "INSERT IGNORE INTO consignment_ageing_day (day, ran_at, flagged, expired, marked_down)"
                + " VALUES (?1, ?2, 0, 0, 0)", day, clock.instant());
        if (claimed == 0) {
            return Optional.empty();
        }
        AgeingRun run = age(day);
        Sql.update(em, "UPDATE consignment_ageing_day SET flagged = ?1, expired = ?2, marked_down = ?3 WHERE day = ?4",
                run.flagged(), run.expired(), run.markedDown(), day);
        return Optional.of(run);
    }

    /** Ages every batch with units at the outlet as of the day; running it again changes nothing. */
    private AgeingRun age(LocalDate today) {
        int flagged = 0;
        int expired = 0;
        int markedDown = 0;
        List<Item> items = intakes.items("WHERE i.quantity_in_stock + i.quantity_reserved > 0");
        for (Item item : items) {
            Agreements.Agreement agreement = agreements.find(item.agreementId()).orElseThrow();
            Ageing.Assessment a = Ageing.assess(item.bestBefore(), item.consignUntil(), agreement.graceDays(),
                    agreement.endAction(), item.isMarkedDown(), today);
            if (a.flag() == AgeFlag.EXPIRED) {
                expired += Sql.update(em, "UPDATE consignment_item SET quantity_expired = quantity_expired + quantity_in_stock,"
                        + " quantity_in_stock = 0, version = version + 1 WHERE id = ?1 AND quantity_in_stock > 0", item.id());
            }
            if (a.markDown() && agreement.endAction() == EndAction.MARKDOWN) {
                Money cut = Markdown.price(item.unitPrice(), agreement.markdownPercent());
                markedDown += Sql.update(em, "UPDATE consignment_item SET unit_price_rupiah = ?1, marked_down_at = ?2,"
                        + " version = version + 1 WHERE id = ?3 AND marked_down_at IS NULL", cut.rupiah(), clock.instant(), item.id());
            }
            if (a.flag() != item.ageFlag()) {
                flagged += Sql.update(em, "UPDATE consignment_item SET age_flag = ?1 WHERE id = ?2", a.flag().name(), item.id());
            }
        }
        return new AgeingRun(flagged, expired, markedDown);
    }

    /** Hands goods back to one consignor: expired units from the expired count, others from stock. */
    public long returnToOwner(long cashierAccountId, long sellerId, long outletId, List<ReturnLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new RuleViolation("lines", "consignment.return.lines.required");
        }
        long noteId = Sql.insert(em, "INSERT INTO consignment_return_note (seller_id, outlet_id, created_by, created_at)"
                + " VALUES (?1, ?2, ?3, ?4)", sellerId, outletId, cashierAccountId, clock.instant());
        for (ReturnLine line : lines) {
            if (line.quantity() < 1 || line.reason() == null) {
                throw new RuleViolation("lines", "consignment.return.line.invalid");
            }
            String from = line.reason() == ReturnReason.EXPIRED ? "quantity_expired" : "quantity_in_stock";
            int moved = Sql.update(em, "UPDATE consignment_item SET " + from + " = " + from + " - ?1,"
                    + " quantity_returned = quantity_returned + ?2, version = version + 1"
                    + " WHERE id = ?3 AND seller_id = ?4 AND outlet_id = ?5 AND " + from + " >= ?6",
                    line.quantity(), line.quantity(), line.itemId(), sellerId, outletId, line.quantity());
            if (moved == 0) {
                throw RuleViolation.conflict("lines", "consignment.return.tooMany", line.itemId());
            }
            Sql.update(em, "INSERT INTO consignment_return_line (note_id, item_id, quantity, reason) VALUES (?1, ?2, ?3, ?4)",
                    noteId, line.itemId(), line.quantity(), line.reason().name());
        }
        return noteId;
    }

    /** Units found damaged or missing: taken out of stock for good, with no money for anyone. */
    public void writeOff(long itemId, int quantity, boolean lost) {
        String to = lost ? "quantity_lost" : "quantity_damaged";
        int moved = Sql.update(em, "UPDATE consignment_item SET quantity_in_stock = quantity_in_stock - ?1, " + to + " = " + to
                + " + ?2, version = version + 1 WHERE id = ?3 AND quantity_in_stock >= ?4 AND ?5 > 0", quantity, quantity,
                itemId, quantity, quantity);
        if (moved == 0) {
            throw RuleViolation.conflict("quantity", "consignment.writeOff.tooMany");
        }
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CityTime.ZONE);
    }
}
