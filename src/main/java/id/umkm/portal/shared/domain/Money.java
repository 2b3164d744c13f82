package id.umkm.portal.shared.domain;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.Locale;

/** An amount in whole rupiah. The rupiah has no minor unit in practice, so a long is exact. */
public record Money(long rupiah) implements Serializable, Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money rupiah(long amount) {
        return new Money(amount);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(rupiah, other.rupiah));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(rupiah, other.rupiah));
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(rupiah, quantity));
    }

    public boolean isNegative() {
        return rupiah < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(rupiah, other.rupiah);
    }

    /** "Rp 15.000", the way Indonesian price tags read, whatever the page's language. */
    public String format() {
        NumberFormat grouping = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID"));
        return (rupiah < 0 ? "-Rp " : "Rp ") + grouping.format(Math.abs(rupiah));
    }
}
