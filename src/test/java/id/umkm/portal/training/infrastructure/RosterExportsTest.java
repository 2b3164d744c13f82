package id.umkm.portal.training.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RosterExportsTest {

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertThat(RosterExports.quoted("Amplang Hasanah")).isEqualTo("Amplang Hasanah");
        assertThat(RosterExports.quoted("Kue, Roti")).isEqualTo("\"Kue, Roti\"");
        assertThat(RosterExports.quoted("Toko \"Sari\"")).isEqualTo("\"Toko \"\"Sari\"\"\"");
        assertThat(RosterExports.quoted("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(RosterExports.quoted("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }
}
