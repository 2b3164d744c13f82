package id.umkm.portal.catalog.infrastructure;

import id.umkm.portal.catalog.application.PopularSearches;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** On every server, every half minute: shares its search counts and computes the popular texts' results ahead. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogWarmUp {

    private static final Logger LOG = Logger.getLogger(CatalogWarmUp.class.getName());

    @Inject
    PopularSearches popular;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    public void warm() {
        try {
            popular.flushAndWarm();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Catalogue warm-up failed; the next run retries", e);
        }
    }
}
