package id.umkm.portal.testsupport;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SMTP sink's inbox: the mails the portal sent during the test run. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private Mailbox() {
    }

    /** Waits for the newest mail to the address whose subject contains the text. */
    public static MimeMessage await(String to, String subjectPart, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<MimeMessage> found = latest(to, subjectPart);
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No mail to " + to + " about '" + subjectPart + "' within " + timeout);
    }

    /** Waits for the newest mail to the address holding a link with the path part, and returns that link. */
    public static String awaitLink(String to, String pathPart, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] all = TestServices.mail().getReceivedMessages();
            for (int i = all.length - 1; i >= 0; i--) {
                if (isTo(all[i], to) && body(all[i]).contains(pathPart)) {
                    return link(all[i]);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No mail to " + to + " with a link to " + pathPart + " within " + timeout);
    }

    public static long countTo(String to) {
        return Arrays.stream(TestServices.mail().getReceivedMessages()).filter(m -> isTo(m, to)).count();
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    /** The first link in the mail, with the soft line breaks of quoted-printable undone. */
    public static String link(MimeMessage message) {
        Matcher m = LINK.matcher(body(message).replace("=\r\n", "").replace("=\n", "").replace("=3D", "="));
        if (!m.find()) {
            throw new AssertionError("The mail holds no link: " + body(message));
        }
        return m.group();
    }

    private static Optional<MimeMessage> latest(String to, String subjectPart) {
        MimeMessage[] all = TestServices.mail().getReceivedMessages();
        for (int i = all.length - 1; i >= 0; i--) {
            try {
                if (isTo(all[i], to) && all[i].getSubject().contains(subjectPart)) {
                    return Optional.of(all[i]);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    private static boolean isTo(MimeMessage m, String to) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(to));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
