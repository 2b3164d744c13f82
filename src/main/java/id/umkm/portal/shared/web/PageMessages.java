package id.umkm.portal.shared.web;

import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/** Puts translated messages on the page, next to the input they concern when there is one. */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** An error shown next to one input (its client id), or at the top when clientId is null. */
    public static void errorAt(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** The form's input ids are the field names used by the services' rules. */
    public static void show(String formId, RuleViolation violation) {
        add(clientId(formId, violation.field()), FacesMessage.SEVERITY_ERROR, violation.messageKey(), violation.args());
    }

    public static void show(String formId, ConstraintViolationException invalid) {
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            String field = path.substring(path.lastIndexOf('.') + 1);
            add(clientId(formId, field), FacesMessage.SEVERITY_ERROR, Texts.messageKey(violation));
        }
    }

    private static String clientId(String formId, String field) {
        return field == null || formId == null ? null : formId + ":" + field;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Texts.get(faces.getViewRoot().getLocale(), key, args);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
