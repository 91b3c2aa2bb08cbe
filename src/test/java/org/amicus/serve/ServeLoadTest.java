package org.amicus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.amicus.BuildOptions;
import org.amicus.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server under many clients at once, some hanging up mid-answer, with the load tool the README's
 * benchmark uses ({@code src/bench/ServeLoad.java}): every answer whole, none refused, and the server still
 * answering afterwards. A smaller load than the benchmark's, and nothing timed.
 */
class ServeLoadTest {

    @TempDir
    Path dir;

    @Test
    void answersEveryRequestOf64ClientsWhileOthersHangUp() throws Exception {
        Path project = TestSites.project(dir, "bilingual");
        BuildOptions options = BuildOptions.defaults(project);
        try (DevServer server = DevServer.start(options, 0, true, new DevServer.Listener() { })) {
            Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "src/bench/ServeLoad.java", server.url(), options.out().toString(), "4000", "64", "300")
                    .redirectErrorStream(true).start();
            assertTrue(load.waitFor(120, TimeUnit.SECONDS), "the load tool did not finish");
            String report = new String(load.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, load.exitValue(), report);
            assertTrue(report.startsWith("requests 4000, connections 64, errors 0, hang-ups 300, answers after yes\n"),
                    report);
        }
    }
}
