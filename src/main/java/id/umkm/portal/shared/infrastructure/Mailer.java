package id.umkm.portal.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through the SMTP server named by configuration (umkm.mail.*). Mail is sent only after
 * the transaction that asked for it commits, and off the request thread, so a slow or absent mail
 * server never fails or delays a registration; a failure is logged and the person can ask again.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "umkm.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "umkm.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "umkm.mail.from", defaultValue = "Portal UMKM Balikpapan <no-reply@umkm.balikpapan.go.id>")
    String from;

    @Inject
    @ConfigProperty(name = "umkm.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "umkm.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "umkm.mail.password")
    Optional<String> password;

    @Resource
    ManagedExecutorService executor;

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailMessage message) {
        executor.execute(() -> send(message));
    }

    void send(MailMessage message) {
        try {
            MimeMessage mime = new MimeMessage(session());
            mime.setFrom(new InternetAddress(from));
            mime.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(message.to()));
            mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mime.setText(message.body(), StandardCharsets.UTF_8.name());
            Transport.send(mime);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send mail \"" + message.subject() + "\" to " + message.to(), e);
        }
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.connectiontimeout", "5000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        if (username.isPresent()) {
            props.put("mail.smtp.auth", "true");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(props);
    }
}
