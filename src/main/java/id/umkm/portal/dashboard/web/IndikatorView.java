package id.umkm.portal.dashboard.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** The public indicator page /indikator.xhtml: figures only, no records, no names. */
@Named
@ViewScoped
public class IndikatorView extends IndicatorPage {

    private static final long serialVersionUID = 1L;

    @PostConstruct
    void init() {
        load();
    }
}
