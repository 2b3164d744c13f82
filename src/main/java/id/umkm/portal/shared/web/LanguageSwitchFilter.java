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
        String language = request.getParameter(PARAMETER);
        if (language == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        localeSelector.choose(language);
        String query = withoutLanguage(request.getQueryString());
        response.sendRedirect(request.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
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
