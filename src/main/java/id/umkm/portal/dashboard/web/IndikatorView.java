package id.umkm.portal.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The public indicator page /indikator.xhtml: figures only, no records, no names. It keeps nothing
 * between requests (every change posts the three choices again), so a visitor's view is transient and
 * looking at the city's figures starts no session.
 */
@Named
@RequestScoped
public class IndikatorView extends IndicatorPage {

    private static final long serialVersionUID = 1L;

    /** f:viewAction on the first visit; a change of the filters loads through {@link #change()}. */
    public void open() {
        load();
    }
}
