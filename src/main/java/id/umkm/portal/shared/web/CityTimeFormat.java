package id.umkm.portal.shared.web;

import id.umkm.portal.shared.domain.CityTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;

/** Lets pages show a stored UTC instant in the city's time: #{cityTime.format(order.placedAt)}. */
@Named("cityTime")
@ApplicationScoped
public class CityTimeFormat {

    public String format(Instant instant) {
        return instant == null ? "" : CityTime.format(instant, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
