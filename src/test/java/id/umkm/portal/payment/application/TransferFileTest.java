package id.umkm.portal.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.payment.application.Payouts.Line;
import id.umkm.portal.shared.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferFileTest {

    @Test
    void oneTransferALineWithHeaderAndCrlf() {
        String csv = TransferFile.csv(List.of(
                new Line("PO-3-7", 7, "Batik Kaltim Beruang Madu", "BANK", "BNI", "0456789123", "Ratna Sari", Money.rupiah(92_068)),
                new Line("PO-3-9", 9, "Madu Kelulut", "EWALLET", "DANA", "081254001006", "Syamsul Bahri", Money.rupiah(50_000))));
        assertThat(csv).isEqualTo(TransferFile.HEADER + "\r\n"
                + "BANK,BNI,0456789123,Ratna Sari,92068,PO-3-7,Batik Kaltim Beruang Madu\r\n"
                + "EWALLET,DANA,081254001006,Syamsul Bahri,50000,PO-3-9,Madu Kelulut\r\n");
    }

    @Test
    void quotesSeparatorsAndDefusesSpreadsheetFormulas() {
        assertThat(TransferFile.field("Toko \"Maju\", Jaya")).isEqualTo("\"Toko \"\"Maju\"\", Jaya\"");
        assertThat(TransferFile.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(TransferFile.field("+62812")).isEqualTo("'+62812");
        assertThat(TransferFile.field("@SUM")).isEqualTo("'@SUM");
        assertThat(TransferFile.field(null)).isEmpty();
    }
}
