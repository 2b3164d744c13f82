package id.umkm.portal.consignment.application;

import id.umkm.portal.consignment.domain.AgreementTerms.PayoutFrequency;
import id.umkm.portal.consignment.domain.PayoutPeriod;
import id.umkm.portal.shared.domain.CityTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements drawn on each agreement's payout frequency: once a week or month has ended (WITA), every
 * agreement in force during it gets its statement for that period, each in a transaction of its own
 * ({@link Settlements#drawScheduled}), which also makes sure a period is drawn once however many runs
 * there are. Staff approve the statements as they approve those they draw up by hand.
 */
@ApplicationScoped
public class PayoutSchedule {

    @Inject
    private Settlements settlements;

    @Inject
    private Clock clock;

    /** Draws the statements due today and answers those this call drew (none when another run drew them). */
    public List<Settlements.Settlement> drawDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), CityTime.ZONE);
        List<Settlements.Settlement> drawn = new ArrayList<>();
        for (PayoutFrequency frequency : PayoutFrequency.values()) {
            PayoutPeriod period = PayoutPeriod.lastEnded(frequency, today);
            for (long agreementId : settlements.awaitingStatement(frequency, period)) {
                settlements.drawScheduled(agreementId, period).ifPresent(drawn::add);
            }
        }
        return drawn;
    }
}
