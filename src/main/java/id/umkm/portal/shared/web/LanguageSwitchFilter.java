package id.umkm.portal.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Handles {@code ?lang=id|en} on any page: remembers the choice, then redirects to the same address without it. */
@WebFilter(urlPatterns = "/*")
public class LanguageSwitchFilter extends HttpFilter {

    static final String PARAMETER = "lang";
    private static final long serialVersionUID = 1L;

    @Inject
    private LocaleSelector localeSelector;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Read from the query string, not getParameter(): parsing the parameters here would fix their
        // encoding before the container applies UTF-8, garbling a posted form's non-ASCII text.
        String language = "GET".equals(request.getMethod()) ? languageIn(request.getQueryString()) : null;
        if (language == null) {
            chain.doFilter(request, response);
            return;
        }
        localeSelector.choose(language);
        String query = withoutLanguage(request.getQueryString());
        response.sendRedirect(request.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
    }

    private static String languageIn(String query) {
        if (query == null) {
            return null;
        }
        return Arrays.stream(query.split("&")).filter(pair -> pair.startsWith(PARAMETER + "="))
                .map(pair -> pair.substring(PARAMETER.length() + 1)).findFirst().orElse(null);
    }

    static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
    }
}
