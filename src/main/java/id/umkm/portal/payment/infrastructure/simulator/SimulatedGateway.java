package id.umkm.portal.payment.infrastructure.simulator;

import id.umkm.portal.payment.domain.MerchantAccount;
import id.umkm.portal.payment.domain.QrisCodec;
import id.umkm.portal.payment.domain.QrisPayload;
import id.umkm.portal.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The simulated acquirer's books: charges it opened, and their moves (paid, declined, cancelled,
 * expired). Each move is a conditional update on a pending charge, so a double click pays once.
 */
@ApplicationScoped
@Transactional
public class SimulatedGateway {

    /** The demo merchant the simulator collects for: the portal's own QRIS merchant account. */
    static final String MERCHANT_NAME = "PORTAL UMKM BALIKPAPAN";
    static final String MERCHANT_CITY = "BALIKPAPAN";
    static final String NMID = "ID1026300012345";

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "umkm.payment.simulator.enabled", defaultValue = "false")
    boolean enabled;

    /** The simulator serves nothing unless umkm.payment.simulator.enabled is true (never in production). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isEnabled() {
        return enabled;
    }

    /** Opens a charge; empty when the order id was used before (Midtrans refuses it). */
    public Optional<SimulatedCharge> open(String orderId, long grossAmount, Instant expiresAt, String notificationUrl) {
        if (find(orderId).isPresent()) {
            return Optional.empty();
        }
        SimulatedCharge charge = new SimulatedCharge(orderId, UUID.randomUUID().toString(), grossAmount,
                dynamicQris(orderId, grossAmount), notificationUrl, clock.instant(), expiresAt);
        em.persist(charge);
        em.flush();
        return Optional.of(charge);
    }

    /** The charge as it stands now; a pending one past its expiry has expired. */
    public Optional<SimulatedCharge> find(String orderId) {
        List<SimulatedCharge> found = em.createQuery("SELECT c FROM SimulatedCharge c WHERE c.orderId = :o", SimulatedCharge.class)
                .setParameter("o", orderId).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SimulatedCharge charge = found.get(0);
        if (charge.isPending() && !clock.instant().isBefore(charge.getExpiresAt())) {
            move(orderId, "expire");
            em.refresh(charge);
        }
        return Optional.of(charge);
    }

    public Optional<SimulatedCharge> byTransaction(String transactionId) {
        return em.createQuery("SELECT c FROM SimulatedCharge c WHERE c.transactionId = :t", SimulatedCharge.class)
                .setParameter("t", transactionId).getResultStream().findFirst();
    }

    /** The payer scanned and paid. False when the charge was no longer pending (paid, expired, cancelled). */
    public boolean pay(String orderId) {
        return find(orderId).filter(SimulatedCharge::isPending).isPresent() && move(orderId, "settlement");
    }

    public boolean decline(String orderId) {
        return find(orderId).filter(SimulatedCharge::isPending).isPresent() && move(orderId, "deny");
    }

    public boolean cancel(String orderId) {
        return find(orderId).filter(SimulatedCharge::isPending).isPresent() && move(orderId, "cancel");
    }

    private boolean move(String orderId, String status) {
        return em.createNativeQuery("UPDATE simulated_charge SET status = ?1, settled_at = ?2 WHERE order_id = ?3"
                        + " AND status = 'pending'")
                .setParameter(1, status)
                .setParameter(2, "settlement".equals(status) ? LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC) : null)
                .setParameter(3, orderId).executeUpdate() == 1;
    }

    /** A dynamic QRIS code for the amount, with the order id as bill number, as an acquirer issues it. */
    static String dynamicQris(String orderId, long amount) {
        return QrisCodec.encode(new QrisPayload(true,
                List.of(new MerchantAccount("26", "COM.GO-JEK.WWW", "936009140000012345", "G000012345", "UKE"),
                        MerchantAccount.qris(NMID, "UKE")),
                "5999", Optional.of(Money.rupiah(amount)), MERCHANT_NAME, MERCHANT_CITY, Optional.of("76114"),
                Optional.of(orderId), Optional.of("PORTAL")));
    }
}
