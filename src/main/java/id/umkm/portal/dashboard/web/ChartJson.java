package id.umkm.portal.dashboard.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/** Chart.js configurations for PrimeFaces' p:chart: a month trend line and bars by area. */
final class ChartJson {

    private static final String BRAND = "#0f766e";
    private static final String BRAND_FILL = "rgba(15,118,110,0.15)";

    private ChartJson() {
    }

    static String line(String label, List<String> months, List<BigDecimal> values) {
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", label).add("data", numbers(values))
                .add("borderColor", BRAND).add("backgroundColor", BRAND_FILL).add("fill", true).add("tension", 0.25)
                .add("spanGaps", true);
        return chart("line", months, dataset);
    }

    static String bars(String label, List<String> areas, List<BigDecimal> values) {
        JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", label).add("data", numbers(values))
                .add("backgroundColor", BRAND).add("borderRadius", 4);
        return chart("bar", areas, dataset);
    }

    private static String chart(String type, List<String> labels, JsonObjectBuilder dataset) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", Json.createArrayBuilder().add(dataset)))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }

    private static JsonArrayBuilder numbers(List<BigDecimal> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (BigDecimal value : values) {
            if (value == null) {
                array.addNull();
            } else {
                array.add(value);
            }
        }
        return array;
    }
}
