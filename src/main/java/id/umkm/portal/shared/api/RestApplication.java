package id.umkm.portal.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The portal's REST API. Resources guard methods with {@code @RolesAllowed}, which Payara enforces
 * through Jakarta Security: an anonymous caller gets 401, a caller without the role 403. Jersey's
 * own RolesAllowedDynamicFeature is deliberately not registered: with both filters the order was
 * left to chance, and the anonymous answer with it.
 */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {
}
