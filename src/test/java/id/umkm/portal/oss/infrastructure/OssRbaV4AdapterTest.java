package id.umkm.portal.oss.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.oss.application.NibProject;
import id.umkm.portal.oss.application.NibRecord;
import id.umkm.portal.oss.application.NibRecordJson;
import id.umkm.portal.oss.application.OssUnreachable;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OssRbaV4AdapterTest {

    /** A dataNIB as OSS RBA v4 sends it: numbers as strings, flags as Y/N, dates with time. */
    static final String DATA_NIB = """
            {"nib":"9120099999991","tgl_terbit_oss":"2023-05-17 10:22:01","jenis_pelaku_usaha":"01",
             "skala_usaha":"02","flag_umk":"Y","status_nib":"AKTIF","nama_perseroan":"Roti Gambang Klandasan",
             "alamat_perseroan":"Jl. Ahmad Yani 12, Balikpapan",
             "data_proyek":[{"id_proyek":"R-1","kbli":"10710","uraian_usaha":"Industri Produk Roti Dan Kue","skala_resiko":"MR"},
                            {"id_proyek":"R-2","kbli":"47241","uraian_usaha":"Perdagangan Eceran Roti","skala_resiko":"R"}],
             "data_checklist":[{"id_izin":"I-77","kd_izin":"SS-MR","nama_izin":"Sertifikat Standar","no_izin":"",
                                "status_checklist":11,"kewenangan":"PEMERINTAH KOTA BALIKPAPAN"}]}
            """;

    private final OssRbaV4Adapter adapter = new OssRbaV4Adapter();

    @Test
    void mapsDataNibToTheCleanRecord() {
        NibRecord r = adapter.readPushedNib(json(DATA_NIB));
        assertThat(r.nib()).isEqualTo("9120099999991");
        assertThat(r.businessName()).isEqualTo("Roti Gambang Klandasan");
        assertThat(r.scale()).isEqualTo(NibRecord.Scale.SMALL);
        assertThat(r.umk()).isTrue();
        assertThat(r.isActive()).isTrue();
        assertThat(r.issuedOn()).isEqualTo(LocalDate.parse("2023-05-17"));
        assertThat(r.kbliCodes()).containsExactly("10710", "47241");
        assertThat(r.riskiestProject().map(NibProject::kbli)).contains("10710");
        assertThat(r.permits()).singleElement().satisfies(p -> {
            assertThat(p.permitId()).isEqualTo("I-77");
            assertThat(p.status()).isEqualTo("11");
        });
        assertThat(NibRecordJson.read(NibRecordJson.write(r))).isEqualTo(r);
    }

    @Test
    void anUnreadableDataNibIsOssFailingNotTheCaller() {
        assertThatThrownBy(() -> adapter.readPushedNib(json(DATA_NIB.replace("\"02\"", "\"07\""))))
                .isInstanceOf(OssUnreachable.class).hasMessageContaining("skala_usaha");
        assertThatThrownBy(() -> adapter.readPushedNib(json(DATA_NIB.replace("\"10710\"", "\"107\""))))
                .isInstanceOf(OssUnreachable.class);
    }

    private static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }
}
