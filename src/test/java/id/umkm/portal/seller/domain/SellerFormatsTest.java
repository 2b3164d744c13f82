package id.umkm.portal.seller.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SellerFormatsTest {

    @ParameterizedTest
    @CsvSource({
            "9120001234561, true",
            "0000000000000, true",
            "912000123456, false",
            "91200012345610, false",
            "912000123456A, false",
            "'', false"})
    void nibIsExactlyThirteenDigits(String nib, boolean valid) {
        assertThat(SellerFormats.matches(SellerFormats.NIB, nib)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
            "ID1023456789, true",
            "ID1023456789012, true",
            "ID102345678901234, true",
            "ID102345678, false",
            "ID1023456789012345, false",
            "id1023456789, false",
            "1023456789012, false",
            "IDX023456789, false"})
    void qrisNmidIsIdFollowedByTenToFifteenDigits(String nmid, boolean valid) {
        assertThat(SellerFormats.matches(SellerFormats.QRIS_NMID, nmid)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
            "206647101002125, true",
            "2066471010021, false",
            "2066471010021250, false",
            "20664710100212A, false"})
    void pirtNumberIsFifteenDigits(String pirt, boolean valid) {
        assertThat(SellerFormats.matches(SellerFormats.PIRT, pirt)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
            "0011223344, true",
            "002301004455502, true",
            "12345, false",
            "123456789012345678901, false",
            "0011-2233, false"})
    void accountNumberIsSixToTwentyDigits(String number, boolean valid) {
        assertThat(SellerFormats.matches(SellerFormats.ACCOUNT_NUMBER, number)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
            "ID35110000123450321, true",
            "LPPOM-00150012345, true",
            "12/ab, false",
            "'ID3511;DROP', false"})
    void halalNumberIsLettersDigitsAndSeparators(String number, boolean valid) {
        assertThat(SellerFormats.matches(SellerFormats.HALAL, number)).isEqualTo(valid);
    }
}
