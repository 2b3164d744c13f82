package id.umkm.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.outage.SimulatedOutage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When the database is away, a page says "service busy, try again in a moment" (503, Retry-After) in
 * place of the generic error page, and the API says it in Problem Details. The outage is simulated by
 * test-only code in the test deployment ({@link SimulatedOutage}): the database itself is shared by
 * every test of the run.
 */
class ServiceBusyPageIT extends PortalIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private HttpClient browser;

    @BeforeEach
    void freshBrowser() {
        browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void aPageMeetingTheDatabaseAwayShowsTheBusyPageInPlaceInBahasaIndonesia() throws Exception {
        HttpResponse<String> page = get("test-only/database-down.xhtml?fail=render");

        assertThat(busyPage(page)).contains("Layanan sedang sibuk").contains("coba lagi sebentar lagi")
                .contains("href=\"/test-only/database-down.xhtml?fail=render\"");
        assertThat(page.headers().firstValue("Content-Security-Policy")).as("security headers kept").isPresent();
    }

    @Test
    void theBusyPageSpeaksEnglishToWhoeverChoseEnglish() throws Exception {
        assertThat(get("test-only/database-down.xhtml?lang=en").statusCode()).isEqualTo(302);

        assertThat(busyPage(get("test-only/database-down.xhtml?fail=render")))
                .contains("The service is busy").contains("try again in a moment");
    }

    @Test
    void anAjaxRequestMeetingTheDatabaseAwayIsSentToTheBusyPage() throws Exception {
        HttpResponse<String> form = get("test-only/database-down.xhtml");
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher viewState = VIEW_STATE.matcher(form.body());
        assertThat(viewState.find()).as(form.body()).isTrue();

        HttpResponse<String> ajax = send(HttpRequest.newBuilder(uri("test-only/database-down.xhtml"))
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "outage", "outage",
                        "jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"),
                        "jakarta.faces.source", "outage:save",
                        "jakarta.faces.partial.event", "click",
                        "jakarta.faces.partial.execute", "outage:save outage",
                        "jakarta.faces.partial.render", "outage",
                        "jakarta.faces.behavior.event", "action",
                        "jakarta.faces.partial.ajax", "true")))));

        assertThat(ajax.statusCode()).isEqualTo(200);
        assertThat(ajax.body()).as("Faces' AJAX redirect").contains("<redirect url=\"/error/busy.xhtml\"");
        assertThat(busyPage(get("error/busy.xhtml"))).contains("Layanan sedang sibuk").doesNotContain("busy-retry");
    }

    @Test
    void aPlainServletMeetingTheDatabaseAwayShowsTheBusyPage() throws Exception {
        assertThat(busyPage(get("test-only/database-down"))).contains("Layanan sedang sibuk");
    }

    @Test
    void theApiAnswersProblemDetailsInTheAskedLanguage() throws Exception {
        HttpResponse<String> indonesian = get("api/v1/test-only/database-down");
        HttpResponse<String> english = send(HttpRequest.newBuilder(uri("api/v1/test-only/database-down"))
                .header("Accept-Language", "en").GET());

        for (HttpResponse<String> answer : java.util.List.of(indonesian, english)) {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(answer.body()).contains("\"status\":503");
        }
        assertThat(indonesian.body()).contains("coba lagi");
        assertThat(english.body()).contains("try again");
    }

    @Test
    void aLastingFailureIsNotPassedOffAsBusy() throws Exception {
        HttpResponse<String> page = get("test-only/database-down.xhtml?fail=bug");

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.headers().firstValue("Retry-After")).isEmpty();
        assertThat(page.body()).doesNotContain("error-busy");
    }

    /** The page's body, once it is known to be the busy page with its status and headers. */
    private static String busyPage(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("id=\"error-busy\"");
        return page.body();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return browser.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + base.getPort() + "/" + path);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
