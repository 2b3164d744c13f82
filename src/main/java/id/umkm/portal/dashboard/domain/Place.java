package id.umkm.portal.dashboard.domain;

import java.io.Serializable;

/** An area with the names the dashboard and the open data show (kecamatanName repeats name for a kecamatan). */
public record Place(Area area, String slug, String name, String kecamatanSlug, String kecamatanName) implements Serializable {

    public Area.Level level() {
        return area.level();
    }
}
