package id.umkm.portal.shared.infrastructure;

import jakarta.validation.ConstraintViolation;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The portal's translated texts (messages_id / messages_en) for code that has no Faces context: mails, API errors. */
public final class Texts {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Texts() {
    }

    /** Bahasa Indonesia unless English was asked for. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? ENGLISH : INDONESIAN;
    }

    /** A constraint's message template "{key}" names a text of messages_*.properties. */
    public static String messageKey(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
    }

    public static String get(Locale locale, String key, Object... args) {
        Locale supported = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle("messages", supported).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, supported).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
