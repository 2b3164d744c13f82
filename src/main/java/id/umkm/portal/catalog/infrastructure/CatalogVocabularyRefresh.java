package id.umkm.portal.catalog.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the typo suggestion's vocabulary in step with new products, a little at a time. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogVocabularyRefresh {

    private static final Logger LOG = Logger.getLogger(CatalogVocabularyRefresh.class.getName());

    @Inject
    JdbcCatalogVocabulary vocabulary;

    @Schedule(minute = "*", hour = "*", persistent = false)
    public void catchUp() {
        try {
            vocabulary.catchUp(20);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Catalogue vocabulary catch-up failed; the next run retries", e);
        }
    }
}
