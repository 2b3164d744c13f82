package id.umkm.portal.dashboard.domain;

import java.io.Serializable;

/**
 * Where figures are counted: the whole city (kecamatan 0), one kecamatan (kelurahan 0) or one
 * kelurahan. The zeros are the keys of the summary table.
 */
public record Area(short kecamatanId, short kelurahanId) implements Serializable {

    public static final Area CITY = new Area((short) 0, (short) 0);

    public static Area kecamatan(int kecamatanId) {
        return new Area((short) kecamatanId, (short) 0);
    }

    public static Area kelurahan(int kecamatanId, int kelurahanId) {
        return new Area((short) kecamatanId, (short) kelurahanId);
    }

    public Level level() {
        if (kecamatanId == 0) {
            return Level.CITY;
        }
        return kelurahanId == 0 ? Level.KECAMATAN : Level.KELURAHAN;
    }

    public enum Level {
        CITY, KECAMATAN, KELURAHAN
    }
}
