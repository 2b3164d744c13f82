package id.umkm.portal.seller.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "081234567890|+6281234567890",
            "0812-3456-7890|+6281234567890",
            "0812 3456 789|+62812345678 9",
            "+62 812 3456 7890|+6281234567890",
            "6281234567890|+6281234567890",
            "(0852) 5000 1234|+6285250001234",
            "0811234567|+62811234567"})
    void indonesianMobileNumbersAreStoredWithCountryCode(String typed, String stored) {
        assertThat(PhoneNumbers.normalise(typed)).contains(stored.replace(" ", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0542 123456", "0542123456", "12345", "+6181234567890", "08123", "08123456789012345",
            "0812345678a", "+1 812 3456 7890", "62-21-5551234"})
    void landlinesForeignAndMalformedNumbersAreRefused(String typed) {
        assertThat(PhoneNumbers.normalise(typed)).isEmpty();
        assertThat(PhoneNumbers.isMobile(typed)).isFalse();
    }
}
