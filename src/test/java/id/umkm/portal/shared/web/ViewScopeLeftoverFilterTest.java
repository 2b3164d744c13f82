package id.umkm.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /**
     * The filter reads two of Mojarra's session attributes by name; if a Payara upgrade renamed them it
     * would quietly do nothing and sessions would grow again. This reads the names from the Mojarra inside
     * the Payara Micro the portal runs on (the test class path holds the same version as production).
     */
    @Test
    void itReadsTheSessionAttributesOfTheMojarraInsidePayaraMicro(@TempDir Path dir) throws Exception {
        URL shipped = getClass().getClassLoader().getResource("MICRO-INF/runtime/jakarta.faces.jar");
        assertThat(shipped).as("Payara Micro's Mojarra on the test class path").isNotNull();
        Path jar = dir.resolve("jakarta.faces.jar");
        try (InputStream in = shipped.openStream()) {
            Files.copy(in, jar);
        }
        try (URLClassLoader mojarra = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            assertThat(constant(mojarra, "com.sun.faces.application.view.ViewScopeManager", "ACTIVE_VIEW_MAPS"))
                    .isEqualTo(ViewScopeLeftoverFilter.ACTIVE_VIEW_MAPS);
            assertThat(constant(mojarra, "com.sun.faces.application.view.ViewScopeContextManager", "ACTIVE_VIEW_CONTEXTS"))
                    .isEqualTo(ViewScopeLeftoverFilter.ACTIVE_VIEW_CONTEXTS);
        }
    }

    private static Object constant(ClassLoader loader, String className, String name) throws ReflectiveOperationException {
        Field field = Class.forName(className, false, loader).getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }
}
