package id.umkm.portal.licensing.application;

import id.umkm.portal.licensing.domain.ApplicationStatus;
import id.umkm.portal.licensing.domain.PermitApplication;
import id.umkm.portal.licensing.domain.PermitType;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** What the public may learn: an application's progress by tracking number, a permit's validity by its QR code. */
@ApplicationScoped
@Transactional
public class PermitTracking {

    @Inject
    private ApplicationViews views;

    @Inject
    private Clock clock;

    public Optional<Tracking> track(String trackingNumber, Locale locale) {
        if (trackingNumber == null || trackingNumber.isBlank()) {
            return Optional.empty();
        }
        return views.em().createQuery("SELECT a FROM PermitApplication a WHERE a.trackingNumber = :t",
                        PermitApplication.class).setParameter("t", trackingNumber.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().map(a -> {
                    PermitType type = views.type(a.getPermitTypeId());
                    String language = Texts.supported(locale).getLanguage();
                    return new Tracking(a.getTrackingNumber(), type.getCode(), type.name(language), a.getStatus().name(),
                            a.getStatus().ossCode(), a.getSubmittedAt(), a.getStatusChangedAt(), a.getSlaDeadlineAt(),
                            a.isClockPaused(), nextStep(a.getStatus(), locale), a.getValidUntil());
                });
    }

    public Optional<PermitCheck> verify(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(CityTime.ZONE));
        return views.em().createQuery("SELECT a FROM PermitApplication a WHERE a.verificationCode = :c"
                        + " AND a.status = :issued", PermitApplication.class)
                .setParameter("c", code.strip()).setParameter("issued", ApplicationStatus.ISSUED)
                .getResultStream().findFirst().map(a -> {
                    PermitType type = views.type(a.getPermitTypeId());
                    return new PermitCheck(a.getPermitNumber(), type.getNameId(), type.getNameEn(), a.getBusinessName(),
                            a.getNib(), a.getIssuedAt(), a.getValidUntil(), !a.isExpiredOn(today));
                });
    }

    static String nextStep(ApplicationStatus status, Locale locale) {
        return Texts.get(Texts.supported(locale), "licensing.next." + status.name());
    }
}
