package id.umkm.portal.shared.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves /media/{id} and /media/{id}/thumb. A media row never changes, so its id is its version:
 * browsers and proxies may keep it for a year and revalidate by ETag.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("^/(\\d{1,18})(/thumb)?$");

    @Inject
    private DatabaseMediaStore media;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.group(1));
        boolean thumb = path.group(2) != null;
        String etag = "\"m" + id + (thumb ? "t" : "") + "\"";
        Optional<MediaContent> content = thumb ? media.thumbnail(id) : media.original(id);
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(content.get().contentType());
        response.setContentLength(content.get().bytes().length);
        response.getOutputStream().write(content.get().bytes());
    }
}
