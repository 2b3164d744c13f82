package id.umkm.portal.shared.web;

import id.umkm.portal.shared.api.Problem;
import id.umkm.portal.shared.infrastructure.DatabaseFailures;
import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the database is away, full or has no free connection ({@link DatabaseFailures}), a full-page
 * request gets the "service busy, try again in a moment" page in place (the address stays, so reloading
 * tries again) with 503 and Retry-After, instead of the generic error page. That covers every servlet,
 * Faces pages included: a Faces page's failure leaves the Faces servlet as a ServletException. An AJAX
 * request's failure never leaves Faces; {@link ServiceBusyExceptionHandlerFactory} answers it. The API
 * answers in its own form through DatabaseFailureMapper; what still escapes it is answered here as
 * Problem Details. Mapped in web.xml, not by annotation: it must be the first filter, around every other
 * (the catalogue's URL filter queries the database itself), and annotated filters come in no set order.
 */
public class ServiceBusyFilter extends HttpFilter {

    /** The page; visited directly (after an AJAX request's redirect) it answers 503 too. */
    static final String BUSY_PAGE = "/error/busy.xhtml";

    private static final Logger LOG = Logger.getLogger(ServiceBusyFilter.class.getName());
    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (BUSY_PAGE.equals(path(request))) {
            answerBusy(response);
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseFailures.isPassing(failure) || response.isCommitted()) {
                throw failure;
            }
            answer(request, response, failure);
        }
    }

    /**
     * Answers a request that met a passing database failure: Problem Details for the API, the busy page
     * in place for anything else. Also used by the authentication mechanism, which runs before filters.
     */
    public static void answer(HttpServletRequest request, HttpServletResponse response, Exception failure)
            throws IOException, ServletException {
        LOG.log(Level.WARNING, "Database away or busy, {0} {1} answered 503: {2}",
                new Object[] {request.getMethod(), request.getRequestURI(), failure.toString()});
        // The failed page may have reset the answer: its headers are set again.
        response.resetBuffer();
        SecurityHeadersFilter.protect(request, response);
        answerBusy(response);
        if (path(request).startsWith("/api/")) {
            response.setContentType(Problem.MEDIA_TYPE.toString());
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.toJson(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    Texts.get(request.getLocale(), "operations.database.busy"))));
        } else {
            request.getRequestDispatcher(BUSY_PAGE).forward(new FreshRequest(request), response);
        }
    }

    /**
     * The failed request as a plain first visit: a failed form post's parameters (its view state above
     * all) would make Faces restore the posted page's view for the busy page, which has none.
     */
    private static final class FreshRequest extends HttpServletRequestWrapper {

        FreshRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static void answerBusy(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseFailures.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
    }
}
