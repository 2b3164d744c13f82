package id.umkm.portal.testsupport.outage;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Test-only: a plain servlet (not Faces, not the API) meeting the database away. */
@WebServlet("/test-only/database-down")
public class SimulatedOutageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        throw SimulatedOutage.databaseAway();
    }
}
