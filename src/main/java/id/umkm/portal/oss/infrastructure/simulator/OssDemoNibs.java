package id.umkm.portal.oss.infrastructure.simulator;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Balikpapan businesses the OSS simulator knows, as OSS RBA v4 {@code dataNIB} objects.
 *
 * <table>
 * <caption>NIBs the simulator knows</caption>
 * <tr><th>NIB</th><th>business</th><th>scale</th><th>KBLI (risk)</th><th>used by</th></tr>
 * <tr><td>9120001234561</td><td>Amplang Hasanah</td><td>micro</td><td>10794 (MR), 47249 (R)</td><td>demo seller penjual@</td></tr>
 * <tr><td>9120002345672</td><td>Kepiting Soka Manggar</td><td>small</td><td>10219 (MR)</td><td>demo</td></tr>
 * <tr><td>9120003456783</td><td>Batik Kaltim Beruang Madu</td><td>small</td><td>13134 (R)</td><td>demo</td></tr>
 * <tr><td>9120004567894</td><td>Anyaman Rotan Lamaru</td><td>micro</td><td>16291 (R)</td><td>demo</td></tr>
 * <tr><td>9120005678905</td><td>Manik Dayak Kenyah</td><td>micro</td><td>32120 (R)</td><td>demo</td></tr>
 * <tr><td>9120006789016</td><td>Madu Kelulut Karang Joang</td><td>micro</td><td>02307 (R)</td><td>demo</td></tr>
 * <tr><td>9120007890127</td><td>Sambal Raja Klandasan</td><td>small</td><td>10772 (MR)</td><td>demo</td></tr>
 * <tr><td>9120008901238</td><td>Kopi Lada Kariangau</td><td>micro</td><td>10761 (MR)</td><td>demo</td></tr>
 * <tr><td>9120009012349</td><td>Dodol Durian Margasari</td><td>medium</td><td>10796 (MT)</td><td>demo</td></tr>
 * <tr><td>9120010123450</td><td>Kue Bingka Prapatan</td><td>micro</td><td>10792 (MR)</td><td>demo, waiting in the staff queue</td></tr>
 * <tr><td>9120011234561</td><td>Ikan Asin Teritip</td><td>micro</td><td>10211 (MR)</td><td>free: SellerIT</td></tr>
 * <tr><td>9120012345672</td><td>Tenun Ulap Doyo Gunung Sari</td><td>small</td><td>13122 (R)</td><td>free: SellerBrowserIT</td></tr>
 * <tr><td>9120013456783</td><td>Keripik Pisang Sepinggan</td><td>micro</td><td>10794 (MR)</td><td>free; status DICABUT (revoked)</td></tr>
 * <tr><td>9120014567894</td><td>Abon Ikan Gunung Bahagia</td><td>micro</td><td>10213 (MR)</td><td>free: LicensingIT, LicensingBrowserIT</td></tr>
 * </table>
 * Any NIB starting with {@value #UNREACHABLE_PREFIX} (e.g. 0000000000000) answers HTTP 503, as an
 * OSS that cannot serve; every other NIB answers kode 404.
 */
final class OssDemoNibs {

    static final String UNREACHABLE_PREFIX = "000000";

    private static final Map<String, JsonObject> KNOWN = Stream.of(
            nib("9120001234561", "Amplang Hasanah", "Jl. Marsma R. Iswahyudi No. 12, Sepinggan, Balikpapan Selatan",
                    "01", "2021-03-15", "AKTIF",
                    project("10794", "Industri Kerupuk, Keripik, Peyek Dan Sejenisnya", "MR"),
                    project("47249", "Perdagangan Eceran Makanan Lainnya", "R")),
            nib("9120002345672", "Kepiting Soka Manggar", "Jl. Mulawarman RT 05, Manggar, Balikpapan Timur",
                    "02", "2020-11-02", "AKTIF",
                    project("10219", "Industri Pengolahan Dan Pengawetan Lainnya Untuk Ikan", "MR")),
            nib("9120003456783", "Batik Kaltim Beruang Madu", "Jl. Letjend Suprapto No. 40, Karang Rejo, Balikpapan Tengah",
                    "02", "2019-08-20", "AKTIF", project("13134", "Industri Batik", "R")),
            nib("9120004567894", "Anyaman Rotan Lamaru", "Jl. Mulawarman Km 20, Lamaru, Balikpapan Timur",
                    "01", "2022-01-10", "AKTIF", project("16291", "Industri Barang Anyaman Dari Rotan Dan Bambu", "R")),
            nib("9120005678905", "Manik Dayak Kenyah", "Jl. Soekarno Hatta Km 5, Batu Ampar, Balikpapan Utara",
                    "01", "2021-06-01", "AKTIF", project("32120", "Industri Perhiasan Imitasi Dan Barang Sejenis", "R")),
            nib("9120006789016", "Madu Kelulut Karang Joang", "Jl. Soekarno Hatta Km 12, Karang Joang, Balikpapan Utara",
                    "01", "2022-09-14", "AKTIF", project("02307", "Pemungutan Madu", "R")),
            nib("9120007890127", "Sambal Raja Klandasan", "Jl. Jenderal Sudirman No. 8, Klandasan Ilir, Balikpapan Kota",
                    "02", "2020-02-27", "AKTIF", project("10772", "Industri Bumbu Masak Dan Penyedap Masakan", "MR")),
            nib("9120008901238", "Kopi Lada Kariangau", "Jl. Sultan Hasanuddin, Kariangau, Balikpapan Barat",
                    "01", "2021-12-05", "AKTIF", project("10761", "Industri Pengolahan Kopi", "MR")),
            nib("9120009012349", "Dodol Durian Margasari", "Jl. Letjend Suprapto, Margasari, Balikpapan Barat",
                    "03", "2018-07-19", "AKTIF", project("10796", "Industri Dodol", "MT")),
            nib("9120010123450", "Kue Bingka Prapatan", "Jl. Ahmad Yani No. 3, Prapatan, Balikpapan Kota",
                    "01", "2023-04-03", "AKTIF", project("10792", "Industri Kue Basah", "MR")),
            nib("9120011234561", "Ikan Asin Teritip", "Jl. Mulawarman Km 24, Teritip, Balikpapan Timur",
                    "01", "2022-05-30", "AKTIF", project("10211", "Industri Penggaraman/Pengeringan Ikan", "MR")),
            nib("9120012345672", "Tenun Ulap Doyo Gunung Sari", "Jl. Gunung Sari Ulu, Balikpapan Tengah",
                    "02", "2020-10-12", "AKTIF", project("13122", "Industri Kain Tenun Ikat", "R")),
            nib("9120013456783", "Keripik Pisang Sepinggan", "Jl. Sepinggan Baru, Balikpapan Selatan",
                    "01", "2019-01-08", "DICABUT", project("10794", "Industri Kerupuk, Keripik, Peyek Dan Sejenisnya", "MR")),
            nib("9120014567894", "Abon Ikan Gunung Bahagia", "Jl. Jenderal Sudirman Gg. Damai No. 4, Gunung Bahagia, Balikpapan Selatan",
                    "01", "2024-02-19", "AKTIF", project("10213", "Industri Pengasapan/Pemanggangan Ikan", "MR")))
            .collect(Collectors.toUnmodifiableMap(o -> o.getString("nib"), Function.identity()));

    private OssDemoNibs() {
    }

    static Optional<JsonObject> find(String nib) {
        return Optional.ofNullable(nib == null ? null : KNOWN.get(nib));
    }

    static boolean unreachable(String nib) {
        return nib != null && nib.startsWith(UNREACHABLE_PREFIX);
    }

    private static JsonObject nib(String nib, String name, String address, String scale, String issuedOn,
            String status, String[]... projects) {
        JsonArrayBuilder proyek = Json.createArrayBuilder();
        JsonArrayBuilder checklist = Json.createArrayBuilder();
        int n = 1;
        for (String[] p : projects) {
            proyek.add(Json.createObjectBuilder().add("id_proyek", "P-" + nib + "-" + n).add("kbli", p[0])
                    .add("uraian_usaha", p[1]).add("skala_resiko", p[2]));
            if (!"R".equals(p[2])) {
                checklist.add(Json.createObjectBuilder().add("id_izin", "I-" + nib + "-" + n)
                        .add("kd_izin", "MR".equals(p[2]) ? "SS-MR" : "SS-MT")
                        .add("nama_izin", "Sertifikat Standar " + p[1]).add("no_izin", "")
                        .add("status_checklist", "11").add("kewenangan", "PEMERINTAH KOTA BALIKPAPAN"));
            }
            n++;
        }
        return Json.createObjectBuilder().add("nib", nib).add("tgl_terbit_oss", issuedOn)
                .add("jenis_pelaku_usaha", "01").add("skala_usaha", scale)
                .add("flag_umk", "03".equals(scale) ? "N" : "Y").add("status_nib", status)
                .add("nama_perseroan", name).add("alamat_perseroan", address)
                .add("data_proyek", proyek).add("data_checklist", checklist).build();
    }

    private static String[] project(String kbli, String title, String risk) {
        return new String[] {kbli, title, risk};
    }
}
