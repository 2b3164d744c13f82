package id.umkm.portal.shared.domain;

/**
 * A request that breaks a business rule. Carries a message key (translated where it is shown) and,
 * when one input is to blame, that input's name, so pages and the API report it the same way.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;
    private final boolean conflict;

    public RuleViolation(String field, String messageKey, Object... args) {
        this(false, field, messageKey, args);
    }

    private RuleViolation(boolean conflict, String field, String messageKey, Object... args) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.conflict = conflict;
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** The input is fine but clashes with what exists already (a taken email, a sold-out seat). */
    public static RuleViolation conflict(String field, String messageKey, Object... args) {
        return new RuleViolation(true, field, messageKey, args);
    }

    public boolean isConflict() {
        return conflict;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }
}
