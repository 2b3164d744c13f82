package id.umkm.portal.training.application;

import id.umkm.portal.identity.application.AuthenticationService;
import id.umkm.portal.shared.infrastructure.MailMessage;
import id.umkm.portal.shared.infrastructure.RequestOrigin;
import id.umkm.portal.shared.infrastructure.Texts;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.training.domain.Enrollment;
import id.umkm.portal.training.domain.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** Mails applicants what happened to their enrollment, in their language, after the transaction commits. */
@ApplicationScoped
public class EnrollmentNotices {

    @Inject
    private AuthenticationService accounts;

    @Inject
    private Event<MailMessage> mail;

    @Inject
    private RequestOrigin origin;

    public void seatOffered(Enrollment enrollment, Programme programme) {
        send(enrollment, "mail.training.offer.subject", "mail.training.offer.body", programme.getTitle(),
                null, enrollment.getOfferExpiresAt());
    }

    public void allocated(Enrollment enrollment, Programme programme) {
        String key = enrollment.getStatus().holdsSeat() ? "mail.training.confirmed" : "mail.training.waitlisted";
        send(enrollment, key + ".subject", key + ".body", programme.getTitle(), enrollment.getQueueRank(), null);
    }

    private void send(Enrollment enrollment, String subjectKey, String bodyKey, String title, Integer rank,
            java.time.Instant until) {
        accounts.activeAccount(enrollment.getAccountId()).ifPresent(account -> {
            var locale = account.getPreferredLocale();
            String link = origin.baseUrl() + "/seller/trainings.xhtml";
            mail.fire(new MailMessage(account.getEmail(), Texts.get(locale, subjectKey, title),
                    Texts.get(locale, bodyKey, account.getFullName(), title, link,
                            rank == null ? "" : rank.toString(), until == null ? "" : CityTime.format(until, locale))));
        });
    }
}
