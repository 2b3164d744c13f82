package id.umkm.portal.catalog.application;

import id.umkm.portal.shared.infrastructure.Texts;
import java.util.Locale;

/** Why one row (or the file, row 0) was not saved: the column at fault and a message key with its arguments. */
public record ImportProblem(int row, String column, String messageKey, Object[] args) {

    public ImportProblem {
        args = args == null ? new Object[0] : args.clone();
    }

    public String message(Locale locale) {
        return Texts.get(locale, messageKey, args);
    }
}
