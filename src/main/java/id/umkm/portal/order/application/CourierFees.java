package id.umkm.portal.order.application;

import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/** The local courier's tariff by kecamatan pair (seller's → buyer's), kept by DKUMKMP staff. */
@ApplicationScoped
@Transactional
public class CourierFees {

    /** A ceiling against typing slips: a ride across Balikpapan costs far less. */
    public static final long MAX_FEE = 500_000;

    public record Fee(short fromKecamatanId, String fromName, short toKecamatanId, String toName, Money fee) implements Serializable {
    }

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Clock clock;

    public Money fee(short fromKecamatanId, short toKecamatanId) {
        List<?> rows = em.createNativeQuery("SELECT fee_rupiah FROM courier_fee WHERE from_kecamatan_id = ?1 AND to_kecamatan_id = ?2")
                .setParameter(1, fromKecamatanId).setParameter(2, toKecamatanId).getResultList();
        if (rows.isEmpty()) {
            throw new RuleViolation("kecamatanId", "order.courier.noTariff");
        }
        return Money.rupiah(((Number) rows.get(0)).longValue());
    }

    /** Every pair, by the seller's kecamatan and then the buyer's. */
    public List<Fee> table() {
        List<?> rows = em.createNativeQuery("SELECT f.from_kecamatan_id, a.name, f.to_kecamatan_id, b.name, f.fee_rupiah"
                + " FROM courier_fee f JOIN kecamatan a ON a.id = f.from_kecamatan_id JOIN kecamatan b ON b.id = f.to_kecamatan_id"
                + " ORDER BY a.name, b.name").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Fee(((Number) r[0]).shortValue(), (String) r[1],
                ((Number) r[2]).shortValue(), (String) r[3], Money.rupiah(((Number) r[4]).longValue()))).toList();
    }

    /** Several changes at once: all or none. */
    public void changeAll(List<Fee> changes) {
        for (Fee fee : changes) {
            change(fee.fromKecamatanId(), fee.toKecamatanId(), fee.fee().rupiah());
        }
    }

    public void change(short fromKecamatanId, short toKecamatanId, long feeRupiah) {
        if (feeRupiah < 0 || feeRupiah > MAX_FEE) {
            throw new RuleViolation("fee", "order.courier.feeRange", Money.rupiah(MAX_FEE).format());
        }
        int changed = em.createNativeQuery("UPDATE courier_fee SET fee_rupiah = ?1, updated_at = ?2"
                        + " WHERE from_kecamatan_id = ?3 AND to_kecamatan_id = ?4")
                .setParameter(1, feeRupiah).setParameter(2, clock.instant()).setParameter(3, fromKecamatanId)
                .setParameter(4, toKecamatanId).executeUpdate();
        if (changed != 1) {
            throw new RuleViolation("fee", "order.courier.noTariff");
        }
    }
}
