package id.umkm.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.catalog.application.ImportProblem;
import id.umkm.portal.catalog.application.ImportRow;
import id.umkm.portal.catalog.application.ProductCsv;
import id.umkm.portal.catalog.application.ProductImportRows;
import id.umkm.portal.catalog.infrastructure.ProductImportTemplate;
import id.umkm.portal.catalog.infrastructure.ProductSpreadsheets;
import id.umkm.portal.shared.domain.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductImportRowsTest {

    private static final Map<String, Short> CATEGORIES = Map.of("oleh-oleh-khas-kalimantan", (short) 8, "8", (short) 8,
            "kopi-dan-hasil-perkebunan", (short) 24, "24", (short) 24);

    private static List<ImportRow> rows(String csv) {
        return ProductImportRows.rows(ProductCsv.records(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsQuotedCellsSemicolonsAndABom() {
        List<ImportRow> rows = rows("\uFEFFnama;harga;stok;satuan;kategori\r\n"
                + "\"Amplang \"\"Hasanah\"\"; 250 g\";35.000;40;bungkus;8\r\n"
                + ";;;;\r\n"
                + "Kopi Robusta;Rp 45.000;12;bungkus;kopi-dan-hasil-perkebunan\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).number()).isEqualTo(2);
        assertThat(rows.get(0).cell("nama")).isEqualTo("Amplang \"Hasanah\"; 250 g");
        assertThat(rows.get(1).number()).as("the blank line still counts as a spreadsheet row").isEqualTo(4);

        ProductImportRows.Outcome kopi = ProductImportRows.parse(rows.get(1), CATEGORIES);
        assertThat(kopi.problems()).isEmpty();
        assertThat(kopi.parsed().details().priceRupiah()).isEqualTo(45_000L);
        assertThat(kopi.parsed().details().categoryId()).isEqualTo((short) 24);
        assertThat(kopi.parsed().publish()).isFalse();
    }

    @Test
    void reportsEveryBadCellOfARowWithItsColumn() {
        List<ImportRow> rows = rows("nama,kategori,harga,stok,satuan,status\n"
                + "Amplang,batu-akik,15rb,dua,pcs,LAKU\n");
        List<ImportProblem> problems = ProductImportRows.parse(rows.get(0), CATEGORIES).problems();
        assertThat(problems).extracting(ImportProblem::row).containsOnly(2);
        assertThat(problems).extracting(ImportProblem::column).containsExactlyInAnyOrder("kategori", "harga", "stok", "status");
    }

    @Test
    void productRulesReachTheImportWithTheirColumn() {
        List<ImportRow> rows = rows("nama,kategori,harga,stok,satuan\nAmplang,8,0,5,pcs\nKerupuk,8,1000,5,karung\n");
        assertThat(ProductImportRows.parse(rows.get(0), CATEGORIES).problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.column()).isEqualTo("harga");
                    assertThat(p.messageKey()).isEqualTo("product.price.required");
                });
        assertThat(ProductImportRows.parse(rows.get(1), CATEGORIES).problems())
                .singleElement().satisfies(p -> assertThat(p.column()).isEqualTo("satuan"));
    }

    @Test
    void theFileNeedsTheRequiredColumnsAndAtMost5000Rows() {
        assertThatThrownBy(() -> rows("nama,harga\nAmplang,1000\n")).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("product.import.missingColumns"));
        StringBuilder big = new StringBuilder("nama,kategori,harga,stok,satuan\n");
        for (int i = 0; i <= ProductImportRows.MAX_ROWS; i++) {
            big.append("Produk ").append(i).append(",8,1000,1,pcs\n");
        }
        assertThatThrownBy(() -> rows(big.toString())).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("product.import.tooManyRows"));
    }

    @Test
    void bothTemplatesReadBackAsValidRows() {
        List<ImportRow> csv = ProductImportRows.rows(ProductCsv.records(ProductImportTemplate.csv()));
        List<ImportRow> xlsx = ProductImportRows.rows(ProductSpreadsheets.records(ProductSpreadsheets.template(List.of())));
        assertThat(csv).hasSize(2);
        assertThat(xlsx).hasSize(2);
        for (ImportRow row : csv) {
            assertThat(ProductImportRows.parse(row, CATEGORIES).problems()).isEmpty();
        }
        assertThat(ProductImportRows.parse(xlsx.get(0), CATEGORIES).parsed().publish()).isTrue();
    }

    @Test
    void aCsvNotInUtf8IsRefusedWithAHint() {
        byte[] latin1 = "nama,kategori,harga,stok,satuan\nKue Ca\u00e9,8,1000,1,pcs\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ProductCsv.records(latin1)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo("product.import.notUtf8"));
    }
}
