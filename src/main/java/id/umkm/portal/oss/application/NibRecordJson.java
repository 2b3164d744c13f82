package id.umkm.portal.oss.application;

import id.umkm.portal.oss.application.NibPermit;
import id.umkm.portal.oss.application.NibProject;
import id.umkm.portal.oss.application.NibRecord;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;

/**
 * The portal's own JSON for a cached {@link NibRecord}: independent of OSS's field names, so a
 * new guide version leaves the cache readable.
 */
public final class NibRecordJson {

    private NibRecordJson() {
    }

    public static String write(NibRecord r) {
        JsonArrayBuilder projects = Json.createArrayBuilder();
        r.projects().forEach(p -> projects.add(Json.createObjectBuilder().add("kbli", p.kbli())
                .add("title", nz(p.title())).add("risk", p.riskLevel().name())));
        JsonArrayBuilder permits = Json.createArrayBuilder();
        r.permits().forEach(p -> permits.add(Json.createObjectBuilder().add("id", nz(p.permitId()))
                .add("code", nz(p.code())).add("name", nz(p.name())).add("number", nz(p.number()))
                .add("status", nz(p.status())).add("authority", nz(p.authority()))));
        JsonObjectBuilder o = Json.createObjectBuilder().add("nib", r.nib()).add("name", nz(r.businessName()))
                .add("address", nz(r.address())).add("scale", r.scale().name()).add("umk", r.umk())
                .add("status", nz(r.statusNib())).add("projects", projects).add("permits", permits);
        if (r.issuedOn() != null) {
            o.add("issuedOn", r.issuedOn().toString());
        }
        return o.build().toString();
    }

    public static NibRecord read(String json) {
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        return new NibRecord(o.getString("nib"), o.getString("name"), o.getString("address"),
                NibRecord.Scale.valueOf(o.getString("scale")), o.getBoolean("umk"), o.getString("status"),
                o.containsKey("issuedOn") ? LocalDate.parse(o.getString("issuedOn")) : null,
                o.getJsonArray("projects").stream().map(JsonValue::asJsonObject)
                        .map(p -> new NibProject(p.getString("kbli"), p.getString("title"),
                                NibProject.RiskLevel.valueOf(p.getString("risk")))).toList(),
                o.getJsonArray("permits").stream().map(JsonValue::asJsonObject)
                        .map(p -> new NibPermit(p.getString("id"), p.getString("code"), p.getString("name"),
                                p.getString("number"), p.getString("status"), p.getString("authority"))).toList());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
