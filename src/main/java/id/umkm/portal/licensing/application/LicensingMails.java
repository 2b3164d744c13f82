package id.umkm.portal.licensing.application;

import id.umkm.portal.licensing.domain.PermitApplication;
import id.umkm.portal.licensing.domain.PermitType;
import id.umkm.portal.shared.infrastructure.MailMessage;
import id.umkm.portal.shared.infrastructure.Texts;

/** The mails applicants get about their applications, in Indonesian (the office's language of record). */
final class LicensingMails {

    private LicensingMails() {
    }

    static MailMessage about(PermitApplication a, String key, PermitType type) {
        String validUntil = a.getValidUntil() == null ? "" : a.getValidUntil().toString();
        return new MailMessage(a.getApplicantEmail(), Texts.get(Texts.INDONESIAN, key + ".subject", type.getNameId()),
                Texts.get(Texts.INDONESIAN, key + ".body", a.getApplicantName(), type.getNameId(),
                        a.getTrackingNumber(), a.getBusinessName(), validUntil,
                        a.getDecisionReason() == null ? "" : a.getDecisionReason()));
    }
}
