package id.umkm.portal.shared.web;

import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * The page language: Bahasa Indonesia first, English on request, kept in the session. Only a choice
 * makes a session: an anonymous visitor browsing in Indonesian costs the portal (and the cluster,
 * which shares sessions) none.
 */
@Named
@RequestScoped
public class LocaleSelector {

    static final String CHOICE = LocaleSelector.class.getName() + ".choice";

    @Inject
    private HttpServletRequest request;

    public Locale getLocale() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(CHOICE) instanceof Locale chosen ? chosen : Texts.INDONESIAN;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public void choose(String language) {
        Locale chosen = Texts.supported(Locale.forLanguageTag(language));
        if (!chosen.equals(getLocale())) {
            request.getSession().setAttribute(CHOICE, chosen);
        }
    }

    /**
     * The current address with {@code lang=} added: a plain link, so switching language keeps
     * everything else in the URL (a mailed token, a search) and works without JavaScript.
     */
    public String urlFor(String language) {
        HttpServletRequest current = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String query = LanguageSwitchFilter.withoutLanguage(current.getQueryString());
        return current.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + LanguageSwitchFilter.PARAMETER + "=" + language;
    }
}
