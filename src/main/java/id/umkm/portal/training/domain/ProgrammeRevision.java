package id.umkm.portal.training.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What one revision of a programme changed, for the audit trail and for whom to tell. */
public final class ProgrammeRevision {

    private final List<String> changes = new ArrayList<>();
    private boolean placeChanged;
    private boolean seatsMayBeFree;

    /** Notes "name: before → after" when the value changed. */
    public <T> T note(String name, T before, T after) {
        if (!Objects.equals(before, after)) {
            changes.add(name + ": " + before + " → " + after);
        }
        return after;
    }

    /** Notes only that a long text changed, not the text. */
    public <T> T noteQuietly(String name, T before, T after) {
        if (!Objects.equals(before, after)) {
            changes.add(name + " changed");
        }
        return after;
    }

    void placeChanged() {
        placeChanged = true;
    }

    void seatsMayBeFree() {
        seatsMayBeFree = true;
    }

    public boolean isPlaceChanged() {
        return placeChanged;
    }

    public boolean mayFreeSeats() {
        return seatsMayBeFree;
    }

    /** "capacity: 20 → 25; venue: Aula → Gedung", or "no change". */
    public String summary() {
        return changes.isEmpty() ? "no change" : String.join("; ", changes);
    }
}
