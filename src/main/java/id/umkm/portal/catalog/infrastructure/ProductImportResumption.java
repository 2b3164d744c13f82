package id.umkm.portal.catalog.infrastructure;

import id.umkm.portal.catalog.application.ProductImport;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** On every server: takes over imports whose server stopped (their lease ran out), and forgets old reports. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProductImportResumption {

    private static final Logger LOG = Logger.getLogger(ProductImportResumption.class.getName());

    @Inject
    ProductImport imports;

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    public void resume() {
        try {
            imports.resumeAbandoned();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Resuming abandoned imports failed; the next run retries", e);
        }
    }
}
