package id.umkm.portal.shared.infrastructure;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Facts about the HTTP request being served, for services that record where something came from
 * or build links back to the portal. Empty outside a request (scheduled jobs).
 */
@ApplicationScoped
public class RequestOrigin {

    @Inject
    HttpServletRequest request;

    /** Set behind a proxy or load balancer, where the request's own host is not the public one. */
    @Inject
    @ConfigProperty(name = "umkm.public-base-url")
    Optional<String> publicBaseUrl;

    public Optional<String> clientIp() {
        try {
            return Optional.ofNullable(request.getRemoteAddr());
        } catch (ContextNotActiveException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /**
     * The portal's address as the person sees it, e.g. https://umkm.balikpapan.go.id. Outside a
     * request (a scheduled job) only the configured address is known; without it links stay relative.
     */
    public String baseUrl() {
        if (publicBaseUrl.isPresent()) {
            return publicBaseUrl.get().replaceAll("/+$", "");
        }
        try {
            return fromRequest();
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return "";
        }
    }

    private String fromRequest() {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
