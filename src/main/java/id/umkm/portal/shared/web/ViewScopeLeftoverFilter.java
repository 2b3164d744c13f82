package id.umkm.portal.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;

/**
 * Drops what Mojarra 4.0 leaves in the session of a page's @ViewScoped beans after it has evicted the
 * page's view: its CDI context manager empties the view's bean map but keeps the map, one per page ever
 * shown. Payara writes and reads the whole session on every request (sessions are shared through the
 * cluster), so without this a staff member's session grew by about 420 bytes per page shown until it
 * expired, and every later request paid for it (docs/operations.md, "Session size").
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class ViewScopeLeftoverFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Mojarra's view maps still alive in a session, by view map id (ViewScopeManager.ACTIVE_VIEW_MAPS). */
    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    /** The CDI bean maps by the same view map id (ViewScopeContextManager). */
    static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    prune((Map<?, ?>) session.getAttribute(ACTIVE_VIEW_MAPS), (Map<?, ?>) session.getAttribute(ACTIVE_VIEW_CONTEXTS));
                } catch (IllegalStateException loggedOut) {
                    // The request invalidated its session: nothing is left to tidy.
                }
            }
        }
    }

    /**
     * Removes the bean maps of views no longer active. Mojarra registers a view map (under this same
     * monitor) before it makes the view's bean map, so a view being built by a concurrent request of the
     * same session is never taken for a leftover.
     *
     * @return how many were removed
     */
    static int prune(Map<?, ?> activeViewMaps, Map<?, ?> viewContexts) {
        if (activeViewMaps == null || viewContexts == null) {
            return 0;
        }
        synchronized (activeViewMaps) {
            int before = viewContexts.size();
            viewContexts.keySet().removeIf(viewMapId -> !activeViewMaps.containsKey(viewMapId));
            return before - viewContexts.size();
        }
    }
}
