package id.umkm.portal.catalog.infrastructure;

import id.umkm.portal.catalog.application.ProductImportColumns;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** The template's example rows, the same in CSV and xlsx. */
public final class ProductImportTemplate {

    static final List<List<String>> EXAMPLES = List.of(
            List.of("Amplang Ikan Tenggiri 250 g", "Amplang renyah dari ikan tenggiri segar, tanpa pengawet.",
                    "oleh-oleh-khas-kalimantan", "35000", "40", "bungkus", "250", "PUBLISHED"),
            List.of("Kopi Robusta Bubuk 200 g", "", "kopi-dan-hasil-perkebunan", "45.000", "12", "bungkus", "200", "DRAFT"));

    private ProductImportTemplate() {
    }

    /** UTF-8 with a BOM, so Excel opens Indonesian text correctly. */
    public static byte[] csv() {
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", ProductImportColumns.ALL)).append("\r\n");
        for (List<String> example : EXAMPLES) {
            csv.append(example.stream().map(ProductImportTemplate::quoted).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains(";")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
