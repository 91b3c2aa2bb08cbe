package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Debian Chromium for a test class, driven through Debian's chromedriver (never a
 * downloaded browser or driver), with the built site served beside it:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = Browser.withJavaScript();
 * </pre>
 *
 * Where Chromium, chromedriver or axe-core is missing, its tests are skipped with a message saying how to
 * install them; under {@code CI=true} it fails instead.
 */
final class Browser implements ExecutionCondition, BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path AXE = Path.of("target/npm/node_modules/axe-core/axe.min.js");
    static final int DESKTOP = 1280;
    static final int PHONE = 320;
    /** Held so that its level stays set: we need no CDP classes for this Chromium, and Selenium warns of it. */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");
    private static boolean skipAnnounced;

    private final boolean javascript;
    private final boolean requestLog;
    private BuiltSite site;
    private Axe axe;
    private ChromeDriver driver;
    private Path profile;
    private final Json json = new Json();

    private Browser(boolean javascript, boolean requestLog) {
        this.javascript = javascript;
        this.requestLog = requestLog;
    }

    static Browser withJavaScript() {
        return new Browser(true, false);
    }

    /** JavaScript switched off for every page, as a reader may have it. */
    static Browser withoutJavaScript() {
        return new Browser(false, false);
    }

    /** With Chromium's network events recorded, for {@link #requestProblems()} (it slows every page a little). */
    static Browser recordingRequests() {
        return new Browser(true, true);
    }

    /** Without the tools, each test is skipped, with the reason (under CI=true, beforeAll fails instead). */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = missingTools();
        if (missing == null || onCi() || context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("browser tools installed");
        }
        if (!skipAnnounced) {
            // Surefire shows a skip's reason only in its reports: say it where the developer looks.
            System.err.println("[browser tests skipped] " + missing);
            skipAnnounced = true;
        }
        return ConditionEvaluationResult.disabled(missing);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        String missing = missingTools();
        if (missing != null) {
            if (onCi()) {
                fail(missing + " (CI=true: a skipped browser test is a failure)");
            }
            return;
        }
        axe = Axe.load();
        site = BuiltSite.shared(context);
        profile = Files.createTempDirectory("amicus-chromium-");
        driver = start();
        asAtFirst();
    }

    /** Each test starts as the first did, whatever the one before emulated: a tap, a phone, dark mode, print. */
    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            asAtFirst();
        }
    }

    /** A mouse, a screen of {@link #DESKTOP} px, light colours. */
    private void asAtFirst() {
        touch(false);
        viewport(DESKTOP);
        colorScheme("light");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            try {
                if (profile != null) {
                    BuiltSite.deleteTree(profile);
                }
            } catch (UncheckedIOException e) {
                // A file Chromium was still writing as it quit: the temporary folder is only left behind.
            }
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    BuiltSite site() {
        return site;
    }

    /** axe-core, ready to run in the current page. */
    Axe axe() {
        return axe;
    }

    /** Opens a root-relative URL of the site ({@code /fr/la-decision/#sanctions}). */
    void open(String path) {
        String url = site.url(path);
        if (withoutFragment(driver.getCurrentUrl()).equals(withoutFragment(url))) {
            driver.get("about:blank"); // else only the #fragment would change, and the page would not load afresh
        }
        driver.get(url);
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /** The root-relative URL (path and #fragment) of the current page. */
    String currentPath() {
        return driver.getCurrentUrl().substring(site.server.origin().length());
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Lays the page out as on a screen {@code width} CSS pixels wide, at one device pixel per CSS pixel. */
    void viewport(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * Emulates the reader's colour-scheme preference ({@code prefers-color-scheme}) on a screen, with reduced motion:
     * smooth scrolling would move an element while WebDriver clicks it or checks that it is on screen.
     */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of(
                Map.of("name", "prefers-color-scheme", "value", scheme),
                Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    /**
     * The page as printed ({@code @media print}), light, until the next {@link #colorScheme} or the end of the
     * test; the page keeps the width of the screen, so set {@link #viewport} to a sheet's.
     */
    void print() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print", "features", List.of(
                Map.of("name", "prefers-color-scheme", "value", "light"),
                Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    /** Prints the page on A4 sheets and keeps the PDF as {@code target/screenshots/<name>.pdf}; its size in bytes. */
    long printToPdf(String name) throws IOException {
        String pdf = (String) driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", 8.27,
                "paperHeight", 11.69)).get("data");
        Path file = EndToEndTest.SCREENSHOTS.resolve(name + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(pdf));
        return Files.size(file);
    }

    /** A touch screen (hover: none, pointer: coarse), or the mouse again. */
    void touch(boolean on) {
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", on, "maxTouchPoints", 5));
    }

    /** A finger's tap on the middle of the element's first line box, scrolled into view first. */
    void tap(WebElement element) {
        @SuppressWarnings("unchecked")
        Map<String, Number> point = (Map<String, Number>) script("""
                arguments[0].scrollIntoView({block: 'center'});
                var box = arguments[0].getClientRects()[0];
                return {x: box.left + box.width / 2, y: box.top + box.height / 2};
                """, element);
        Map<String, Object> finger = Map.of("x", point.get("x").doubleValue(), "y", point.get("y").doubleValue());
        driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart", "touchPoints", List.of(finger)));
        driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    }

    /** The whole page, not only what the viewport shows, as a PNG file. */
    void screenshot(Path file) {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) metrics.get("width")).doubleValue(),
                "height", ((Number) metrics.get("height")).doubleValue());
        Map<String, Object> capture = Map.of("format", "png", "captureBeyondViewport", true, "optimizeForSpeed", true,
                "clip", clip);
        String png = (String) driver.executeCdpCommand("Page.captureScreenshot", capture).get("data");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the console messages, requests and 404s seen so far, before loading the next page. */
    void clearRecords() {
        driver.manage().logs().get(LogType.BROWSER);
        if (requestLog) {
            driver.manage().logs().get(LogType.PERFORMANCE);
        }
        site.server.takeNotFound();
    }

    /** Console errors since the last call. */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /**
     * Requests since the last call that failed (a network error, a 4xx/5xx answer, a 404 on our server)
     * or that went to another host than the site's (the site makes no third-party requests).
     */
    List<String> requestProblems() {
        List<String> problems = new ArrayList<>();
        if (!requestLog) {
            throw new IllegalStateException("start the browser with Browser.recordingRequests()");
        }
        Map<String, String> urls = new HashMap<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Map<String, Object> message = map(map(json.toType(entry.getMessage(), Map.class)).get("message"));
            Map<String, Object> params = map(message.get("params"));
            switch (String.valueOf(message.get("method"))) {
                case "Network.requestWillBeSent" -> {
                    String url = String.valueOf(map(params.get("request")).get("url"));
                    urls.put(String.valueOf(params.get("requestId")), url);
                    if (!url.startsWith(site.server.origin()) && !url.startsWith("data:")) {
                        problems.add("request to another host: " + url);
                    }
                }
                case "Network.responseReceived" -> {
                    Map<String, Object> response = map(params.get("response"));
                    if (((Number) response.get("status")).intValue() >= 400) {
                        problems.add("HTTP " + response.get("status") + ": " + response.get("url"));
                    }
                }
                case "Network.loadingFailed" -> problems.add("failed (" + params.get("errorText") + "): "
                        + urls.getOrDefault(String.valueOf(params.get("requestId")), "a request"));
                default -> { }
            }
        }
        for (String path : site.server.takeNotFound()) {
            problems.add("404 on the server: " + path);
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    private ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        if (requestLog) {
            logs.enable(LogType.PERFORMANCE, Level.ALL);
        }
        options.setCapability("goog:loggingPrefs", logs);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        // The driver is named explicitly, so Selenium Manager never looks for (or downloads) one.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        SELENIUM_LOG.setLevel(Level.SEVERE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /** What is missing, as a message that says how to install it; null when nothing is. */
    private static String missingTools() {
        List<String> missing = new ArrayList<>();
        for (Path tool : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(tool)) {
                missing.add(tool.toString());
            }
        }
        if (!Files.isRegularFile(AXE)) {
            missing.add(AXE + " (axe-core)");
        }
        return missing.isEmpty() ? null : "browser tests need " + String.join(", ", missing)
                + ": install them with `bash .ci/install-browser-tools`";
    }

    private static boolean onCi() {
        return "true".equals(System.getenv("CI"));
    }
}
