package org.amicus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.amicus.BuildOptions;
import org.amicus.BuildResult;
import org.amicus.TestSites;
import org.amicus.diagnostic.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The reload script in Debian's headless Chromium: an open page reloads after an edit that touches it, keeps
 * its scroll position, shows a failed build's errors without reloading, and loses them when the build is fixed.
 * A page that reloads loses {@code window.amicusMark}, which is how the test tells.
 */
@Tag("browser")
class LiveReloadBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");
    private static final long WAIT_SECONDS = 10;

    /** One Chromium for the class: each test opens its own server's pages in it. */
    private static ChromeDriver chrome;

    @TempDir
    Path dir;

    private Path page;
    private DevServer server;
    private final BlockingQueue<String> builds = new LinkedBlockingQueue<>();

    @BeforeAll
    static void startChromium(@TempDir Path profile) {
        boolean tools = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        assumeTrue(tools || "true".equals(System.getenv("CI")), "needs " + CHROMIUM + " and " + CHROMEDRIVER
                + ": install them with `bash .ci/install-browser-tools`");
        chrome = chromium(profile);
    }

    @AfterAll
    static void stopChromium() {
        if (chrome != null) {
            chrome.quit();
            chrome = null;
        }
    }

    @BeforeEach
    void start() throws IOException {
        Path project = TestSites.project(dir.resolve("project"), "bilingual");
        page = project.resolve("content/en/the-case.md");
        // A long page, so that keeping the scroll position means something.
        Files.writeString(page, TestSites.read(page) + "\n" + "A paragraph of the case.\n\n".repeat(200));
        server = DevServer.start(BuildOptions.defaults(project), 0, true, new DevServer.Listener() {
            @Override
            public void built(BuildResult result, Set<String> changedFiles) {
                builds.add("built");
            }

            @Override
            public void failed(List<Problem> problems) {
                builds.add("failed");
            }
        });
        builds.clear();
    }

    /** Leaves the page before its server stops, so that no error of a closed event stream reaches the next test. */
    @AfterEach
    void stop() {
        chrome.get("about:blank");
        chrome.manage().logs().get(LogType.BROWSER);
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anEditReloadsTheOpenPageAtItsScrollPosition(TestReporter reporter) throws Exception {
        open("/en/the-case/");
        chrome.executeScript("window.scrollTo(0, 1500)");
        long saved = System.nanoTime();
        Files.writeString(page, TestSites.read(page).replace("The judge ruled.", "The judge ruled again."));
        waitFor(() -> !marked() && text().contains("The judge ruled again."));
        long reloaded = (System.nanoTime() - saved) / 1_000_000;
        waitFor(() -> scrollY() == 1500);
        reporter.publishEntry("edit → reloaded page in Chromium", reloaded + " ms");
        assertEquals(List.of(), consoleErrors());
    }

    @Test
    void aPageTheEditDoesNotTouchStaysAsItIs() throws Exception {
        open("/en/guides/first/");
        Files.writeString(page, TestSites.read(page).replace("The judge ruled.", "The judge ruled again."));
        assertEquals("built", builds.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        Thread.sleep(1000); // time enough for the event to arrive and a reload to start, were it to
        assertTrue(marked(), "the guide was reloaded though the edit did not change it");
    }

    @Test
    void aMissingPageReloadsWhenItIsWritten() throws Exception {
        open("/en/next-steps/");
        assertTrue(text().contains("Not found"), text());
        TestSites.write(page.resolveSibling("next-steps.md"), "---\ntitle: Next steps\ndescription: What now.\n"
                + "---\nThe appeal.\n");
        waitFor(() -> !marked() && text().contains("The appeal."));
    }

    @Test
    void errorsShowInTheOpenPageAndGoWhenFixed() throws Exception {
        open("/en/the-case/");
        String good = TestSites.read(page);
        Files.writeString(page, good.replace("title: The case\n", "title: The case\ntitel: x\n"));
        waitFor(() -> text().contains("the build failed with 1 error")
                && text().contains("content/en/the-case.md:3 unknown key `titel`"));
        assertTrue(marked(), "the errors were shown without reloading the page");

        Files.writeString(page, good);
        waitFor(() -> chrome.findElements(org.openqa.selenium.By.id("amicus-errors")).isEmpty());
        assertEquals(List.of(), consoleErrors());
    }

    private void open(String path) {
        chrome.get(server.url() + path.substring(1));
        chrome.executeScript("window.amicusMark = true");
        waitFor(() -> server.connectedPages() == 1); // the page listens once its event stream is open
    }

    private boolean marked() {
        return Boolean.TRUE.equals(chrome.executeScript("return window.amicusMark === true"));
    }

    private String text() {
        return String.valueOf(chrome.executeScript("return document.body.innerText"));
    }

    private long scrollY() {
        return ((Number) chrome.executeScript("return Math.round(window.scrollY)")).longValue();
    }

    /** Console errors, but for the favicon Chromium asks for, which the fixture site has none of. */
    private List<String> consoleErrors() {
        return chrome.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(Object::toString)
                .filter(message -> !message.contains("/favicon.ico ")).toList();
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not true within " + WAIT_SECONDS + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        SELENIUM_LOG.setLevel(Level.SEVERE);
        // The driver is named explicitly, so Selenium Manager never looks for (or downloads) one.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
        return new ChromeDriver(service, options);
    }
}
