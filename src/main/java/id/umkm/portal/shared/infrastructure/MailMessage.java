package id.umkm.portal.shared.infrastructure;

/** A plain-text mail to send once the transaction that asked for it has committed. */
public record MailMessage(String to, String subject, String body) {
}
