package id.umkm.portal.shared.web;

import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
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

    public void choose(String language) {
        locale = Texts.supported(Locale.forLanguageTag(language));
    }

    /**
     * The current address with {@code lang=} added: a plain link, so switching language keeps
     * everything else in the URL (a mailed token, a search) and works without JavaScript.
     */
    public String urlFor(String language) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String query = LanguageSwitchFilter.withoutLanguage(request.getQueryString());
        return request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + LanguageSwitchFilter.PARAMETER + "=" + language;
    }
}
