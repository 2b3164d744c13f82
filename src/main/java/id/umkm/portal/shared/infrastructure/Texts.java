package id.umkm.portal.shared.infrastructure;

import jakarta.validation.ConstraintViolation;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's translated texts for code that has no Faces context: mails, API errors, rule
 * violations. Each context keeps its texts in its own bundle (i18n/&lt;context&gt;_id / _en), registered
 * here and in faces-config.xml; a key is looked up in the bundles in order.
 */
public final class Texts {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final List<String> BUNDLES = List.of(
            "messages", "i18n.seller", "i18n.products", "i18n.catalog", "i18n.training",
            "i18n.payment", "i18n.order", "i18n.notification", "i18n.licensing",
            "i18n.consignment", "i18n.dashboard", "i18n.operations");

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
        for (String bundle : BUNDLES) {
            try {
                String pattern = ResourceBundle.getBundle(bundle, supported).getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, supported).format(args);
            } catch (MissingResourceException e) {
                // Not in this bundle: try the next.
            }
        }
        return key;
    }
}
