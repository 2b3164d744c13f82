package id.umkm.portal.catalog.application;

import java.util.Map;

/**
 * One data row of an import file, cells by column name.
 *
 * @param number the row as the seller sees it in their spreadsheet (the header is row 1)
 */
public record ImportRow(int number, Map<String, String> cells) {

    public String cell(String column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }

    public boolean isBlank() {
        return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
