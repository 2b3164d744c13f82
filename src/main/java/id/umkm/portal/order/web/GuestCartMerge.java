package id.umkm.portal.order.web;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.order.application.Carts;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * After a visitor logs in as a buyer, the first page they reach moves what they put in the cart as a
 * guest into their own cart. Authentication has run before any filter, so the role is known here; a
 * request without a session (the API, a first visit) is left alone and no session is made for it.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class GuestCartMerge extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private GuestCart guest;

    @Inject
    private Carts carts;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && currentUser.has("BUYER") && !guest.isEmpty()) {
            carts.merge(currentUser.require().getId(), guest.lines());
            guest.clear();
        }
        chain.doFilter(request, response);
    }
}
