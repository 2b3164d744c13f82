package id.umkm.portal.oss.infrastructure;

import id.umkm.portal.oss.application.NibCheck;
import id.umkm.portal.oss.application.NibRegistry;
import id.umkm.portal.oss.application.NibProject;
import id.umkm.portal.oss.application.NibProject.RiskLevel;
import id.umkm.portal.oss.application.NibRecord;
import id.umkm.portal.oss.application.NibRecord.Scale;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stands in for OSS until the real adapter (issue 6) exists: a fixed set of Balikpapan businesses.
 *
 * <table>
 * <caption>NIBs the simulator knows</caption>
 * <tr><th>NIB</th><th>business</th><th>scale</th><th>KBLI</th><th>used by</th></tr>
 * <tr><td>9120001234561</td><td>Amplang Hasanah</td><td>micro</td><td>10794, 47249</td><td>demo seller penjual@</td></tr>
 * <tr><td>9120002345672</td><td>Kepiting Soka Manggar</td><td>small</td><td>10219</td><td>demo</td></tr>
 * <tr><td>9120003456783</td><td>Batik Kaltim Beruang Madu</td><td>small</td><td>13134</td><td>demo</td></tr>
 * <tr><td>9120004567894</td><td>Anyaman Rotan Lamaru</td><td>micro</td><td>16291</td><td>demo</td></tr>
 * <tr><td>9120005678905</td><td>Manik Dayak Kenyah</td><td>micro</td><td>32120</td><td>demo</td></tr>
 * <tr><td>9120006789016</td><td>Madu Kelulut Karang Joang</td><td>micro</td><td>02307</td><td>demo</td></tr>
 * <tr><td>9120007890127</td><td>Sambal Raja Klandasan</td><td>small</td><td>10772</td><td>demo</td></tr>
 * <tr><td>9120008901238</td><td>Kopi Lada Kariangau</td><td>micro</td><td>10761</td><td>demo</td></tr>
 * <tr><td>9120009012349</td><td>Dodol Durian Margasari</td><td>medium</td><td>10796</td><td>demo</td></tr>
 * <tr><td>9120010123450</td><td>Kue Bingka Prapatan</td><td>micro</td><td>10792</td><td>demo, waiting in the staff queue</td></tr>
 * <tr><td>9120011234561</td><td>Ikan Asin Teritip</td><td>micro</td><td>10211</td><td>free: SellerIT</td></tr>
 * <tr><td>9120012345672</td><td>Tenun Ulap Doyo Gunung Sari</td><td>small</td><td>13122</td><td>free: SellerBrowserIT</td></tr>
 * <tr><td>9120013456783</td><td>Keripik Pisang Sepinggan</td><td>micro</td><td>10794</td><td>free; status DICABUT (revoked)</td></tr>
 * </table>
 * Any NIB starting with {@value #UNREACHABLE_PREFIX} (e.g. 0000000000000) answers UNAVAILABLE, as
 * if OSS could not be reached; every other NIB answers NOT_FOUND.
 */
@ApplicationScoped
public class SimulatedNibRegistry implements NibRegistry {

    static final String UNREACHABLE_PREFIX = "000000";

    private static final Map<String, NibRecord> KNOWN = Stream.of(
            record("9120001234561", "Amplang Hasanah", "Jl. Marsma R. Iswahyudi No. 12, Sepinggan, Balikpapan Selatan",
                    Scale.MICRO, "2021-03-15",
                    project("10794", "Industri Kerupuk, Keripik, Peyek Dan Sejenisnya", RiskLevel.MR),
                    project("47249", "Perdagangan Eceran Makanan Lainnya", RiskLevel.R)),
            record("9120002345672", "Kepiting Soka Manggar", "Jl. Mulawarman RT 05, Manggar, Balikpapan Timur",
                    Scale.SMALL, "2020-11-02",
                    project("10219", "Industri Pengolahan Dan Pengawetan Lainnya Untuk Ikan", RiskLevel.MR)),
            record("9120003456783", "Batik Kaltim Beruang Madu", "Jl. Letjend Suprapto No. 40, Karang Rejo, Balikpapan Tengah",
                    Scale.SMALL, "2019-08-20", project("13134", "Industri Batik", RiskLevel.R)),
            record("9120004567894", "Anyaman Rotan Lamaru", "Jl. Mulawarman Km 20, Lamaru, Balikpapan Timur",
                    Scale.MICRO, "2022-01-10",
                    project("16291", "Industri Barang Anyaman Dari Rotan Dan Bambu", RiskLevel.R)),
            record("9120005678905", "Manik Dayak Kenyah", "Jl. Soekarno Hatta Km 5, Batu Ampar, Balikpapan Utara",
                    Scale.MICRO, "2021-06-01",
                    project("32120", "Industri Perhiasan Imitasi Dan Barang Sejenis", RiskLevel.R)),
            record("9120006789016", "Madu Kelulut Karang Joang", "Jl. Soekarno Hatta Km 12, Karang Joang, Balikpapan Utara",
                    Scale.MICRO, "2022-09-14", project("02307", "Pemungutan Madu", RiskLevel.R)),
            record("9120007890127", "Sambal Raja Klandasan", "Jl. Jenderal Sudirman No. 8, Klandasan Ilir, Balikpapan Kota",
                    Scale.SMALL, "2020-02-27",
                    project("10772", "Industri Bumbu Masak Dan Penyedap Masakan", RiskLevel.MR)),
            record("9120008901238", "Kopi Lada Kariangau", "Jl. Sultan Hasanuddin, Kariangau, Balikpapan Barat",
                    Scale.MICRO, "2021-12-05", project("10761", "Industri Pengolahan Kopi", RiskLevel.MR)),
            record("9120009012349", "Dodol Durian Margasari", "Jl. Letjend Suprapto, Margasari, Balikpapan Barat",
                    Scale.MEDIUM, "2018-07-19", project("10796", "Industri Dodol", RiskLevel.MT)),
            record("9120010123450", "Kue Bingka Prapatan", "Jl. Ahmad Yani No. 3, Prapatan, Balikpapan Kota",
                    Scale.MICRO, "2023-04-03", project("10792", "Industri Kue Basah", RiskLevel.MR)),
            record("9120011234561", "Ikan Asin Teritip", "Jl. Mulawarman Km 24, Teritip, Balikpapan Timur",
                    Scale.MICRO, "2022-05-30",
                    project("10211", "Industri Penggaraman/Pengeringan Ikan", RiskLevel.MR)),
            record("9120012345672", "Tenun Ulap Doyo Gunung Sari", "Jl. Gunung Sari Ulu, Balikpapan Tengah",
                    Scale.SMALL, "2020-10-12", project("13122", "Industri Kain Tenun Ikat", RiskLevel.R)),
            new NibRecord("9120013456783", "Keripik Pisang Sepinggan", "Jl. Sepinggan Baru, Balikpapan Selatan",
                    Scale.MICRO, true, "DICABUT", LocalDate.parse("2019-01-08"),
                    List.of(project("10794", "Industri Kerupuk, Keripik, Peyek Dan Sejenisnya", RiskLevel.MR))))
            .collect(Collectors.toUnmodifiableMap(NibRecord::nib, Function.identity()));

    @Override
    public NibCheck check(String nib) {
        if (nib != null && nib.startsWith(UNREACHABLE_PREFIX)) {
            return NibCheck.unavailable("OSS tidak dapat dihubungi (simulasi)");
        }
        NibRecord found = nib == null ? null : KNOWN.get(nib);
        return found == null ? NibCheck.notFound("NIB tidak terdaftar di OSS (simulasi)") : NibCheck.found(found);
    }

    private static NibRecord record(String nib, String name, String address, Scale scale, String issuedOn,
            NibProject... projects) {
        return new NibRecord(nib, name, address, scale, scale != Scale.MEDIUM, "AKTIF", LocalDate.parse(issuedOn),
                List.of(projects));
    }

    private static NibProject project(String kbli, String title, RiskLevel risk) {
        return new NibProject(kbli, title, risk);
    }
}
