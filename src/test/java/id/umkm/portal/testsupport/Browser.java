package id.umkm.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver. Without them a local run skips the
 * browser tests; in CI (CI=true) they fail instead, so a missing browser can never pass unnoticed.
 */
public final class Browser implements AutoCloseable {

    public static final Dimension DESKTOP = new Dimension(1366, 900);
    public static final Dimension PHONE = new Dimension(360, 740);
    /** A tablet held upright, as at the outlet's counter. */
    public static final Dimension TABLET = new Dimension(800, 1280);

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path screenshots;

    private Browser(ChromeDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    public static Browser open() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            String message = "Chromium and chromedriver are needed at " + CHROMIUM + " and " + CHROMEDRIVER;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--lang=id-ID", "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Path screenshots = Path.of(System.getProperty("umkm.test.dir", "target"), "screenshots");
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Browser(driver, screenshots);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits for a condition, looking again when an AJAX update replaced the element being read. */
    public FluentWait<WebDriver> waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(StaleElementReferenceException.class);
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Saves target/screenshots/{name}.png of the whole page. */
    public Path screenshot(String name) {
        Path file = screenshots.resolve(name + ".png");
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Opens a path of the portal under test, reached on loopback. */
    public void open(java.net.URL base, String path) {
        driver.get("http://localhost:" + base.getPort() + path);
    }

    /** Logs in on the login page the way a person does. */
    public void logIn(java.net.URL base, String email, String password) {
        open(base, "/login.xhtml");
        driver.findElement(org.openqa.selenium.By.id("login:email")).sendKeys(email);
        driver.findElement(org.openqa.selenium.By.cssSelector("input[id^='login:password']")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("login:submit")).click();
    }

    /** Sets a PrimeFaces number input through its widget: its formatting script fights with keystrokes. */
    public void number(String widgetId, long value) {
        driver.executeScript("PrimeFaces.getWidgetById(arguments[0]).setValue(arguments[1])", widgetId, value);
    }

    /** The texts of the field messages showing an error, e.g. to say why a save was refused. */
    public List<String> fieldErrors() {
        return driver.findElements(org.openqa.selenium.By.cssSelector(".ui-message-error")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }

    /** True when the page is wider than the window, i.e. a phone user would have to scroll sideways. */
    public boolean scrollsSideways() {
        Object wider = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
        return Boolean.TRUE.equals(wider);
    }

    /**
     * Fetches what a link points at as the browser's own download would, with every cookie it holds.
     * The session needs both: Payara finds a shared session by JSESSIONID and JSESSIONIDVERSION, and
     * without the version a request only sometimes reaches the logged-in session (CI saw a 401).
     */
    public HttpResponse<byte[]> download(String url) throws IOException, InterruptedException {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()
                .send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
