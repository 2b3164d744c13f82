package id.umkm.portal.dashboard.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Where the Swagger UI webjar serves its files: the folder carries its version, read from the jar itself so an upgrade touches only the pom. */
@Named
@ApplicationScoped
public class SwaggerUi {

    private static final String POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private final String version = versionOf(POM);

    /** The webjar's folder below the context path, e.g. {@code /webjars/swagger-ui/5.34.1}. */
    public String getPath() {
        return "/webjars/swagger-ui/" + version;
    }

    static String versionOf(String pomProperties) {
        try (InputStream in = SwaggerUi.class.getClassLoader().getResourceAsStream(pomProperties)) {
            if (in == null) {
                throw new IllegalStateException("The Swagger UI webjar is missing: no " + pomProperties);
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
