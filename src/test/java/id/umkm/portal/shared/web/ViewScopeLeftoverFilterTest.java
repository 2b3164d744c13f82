package id.umkm.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The session keeps the CDI bean maps of the views Mojarra still holds, and drops the rest. */
class ViewScopeLeftoverFilterTest {

    @Test
    void beanMapsOfEvictedViewsAreDroppedAndThoseOfActiveViewsKept() {
        Map<String, Object> activeViewMaps = Collections.synchronizedMap(new LinkedHashMap<>());
        activeViewMaps.put("view-3", Map.of("dashboardView", "bean"));
        activeViewMaps.put("view-4", Map.of());
        Map<String, Map<String, Object>> viewContexts = new ConcurrentHashMap<>();
        viewContexts.put("view-1", new ConcurrentHashMap<>());
        viewContexts.put("view-2", new ConcurrentHashMap<>());
        viewContexts.put("view-3", new ConcurrentHashMap<>(Map.of("dashboardView", "context")));
        viewContexts.put("view-4", new ConcurrentHashMap<>());

        assertThat(ViewScopeLeftoverFilter.prune(activeViewMaps, viewContexts)).isEqualTo(2);

        assertThat(viewContexts).containsOnlyKeys("view-3", "view-4");
        assertThat(viewContexts.get("view-3")).containsEntry("dashboardView", "context");
        assertThat(activeViewMaps).containsOnlyKeys("view-3", "view-4");
    }

    @Test
    void aSessionWithoutViewScopedPagesIsLeftAlone() {
        Map<String, Object> viewContexts = new ConcurrentHashMap<>(Map.of("view-1", Map.of()));

        assertThat(ViewScopeLeftoverFilter.prune(null, viewContexts)).isZero();
        assertThat(ViewScopeLeftoverFilter.prune(Map.of(), null)).isZero();
        assertThat(viewContexts).containsOnlyKeys("view-1");
    }
}
