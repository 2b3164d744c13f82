package id.umkm.portal.shared.web;

import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/** The page language: Bahasa Indonesia first, English on request, kept for the session. */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Texts.INDONESIAN;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches language and reloads the same address, so the URL stays shareable. */
    public void switchTo(String language) throws IOException {
        locale = Texts.supported(Locale.forLanguageTag(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        var request = (jakarta.servlet.http.HttpServletRequest) faces.getExternalContext().getRequest();
        String query = request.getQueryString();
        faces.getExternalContext().redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
