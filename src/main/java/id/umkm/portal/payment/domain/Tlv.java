package id.umkm.portal.payment.domain;

import java.util.ArrayList;
import java.util.List;

/** One EMVCo data object: a two-digit tag, a two-digit length and the value. */
record Tlv(String tag, String value) {

    Tlv {
        if (!tag.matches("\\d{2}")) {
            throw new InvalidQrisException("Tag must be two digits: " + tag);
        }
        if (value.isEmpty() || value.length() > 99) {
            throw new InvalidQrisException("Tag " + tag + " must hold 1 to 99 characters, not " + value.length());
        }
    }

    String encode() {
        return tag + String.format("%02d", value.length()) + value;
    }

    /** Reads a run of data objects, refusing lengths that run past the end. */
    static List<Tlv> parseAll(String text) {
        List<Tlv> objects = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            if (at + 4 > text.length()) {
                throw new InvalidQrisException("Truncated data object at position " + at);
            }
            String tag = text.substring(at, at + 2);
            String length = text.substring(at + 2, at + 4);
            if (!length.matches("\\d{2}")) {
                throw new InvalidQrisException("Length of tag " + tag + " is not two digits: " + length);
            }
            int end = at + 4 + Integer.parseInt(length);
            if (end > text.length()) {
                throw new InvalidQrisException("Tag " + tag + " claims " + length + " characters past the end");
            }
            objects.add(new Tlv(tag, text.substring(at + 4, end)));
            at = end;
        }
        return objects;
    }
}
