package org.amicus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amicus.TestSites;
import org.amicus.util.FilePaths;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain {@code java -jar amicus.jar build} runs the build in a JVM with the launcher's options, which ends with
 * the first. The jar here holds the classes under test (target/classes), and its manifest names the jars they need
 * from the test's class path.
 */
class RelaunchTest {

    @TempDir
    Path dir;

    @Test
    void theOptionsAreTheLaunchers() throws IOException {
        String launcher = Files.readString(Path.of("src/main/launcher/amicus"));
        Matcher exec = Pattern.compile("exec \"\\$java\" ([^$\\\\]+)").matcher(launcher);
        assertTrue(exec.find(), "the launcher's exec line");
        assertEquals(Arrays.asList(exec.group(1).trim().split(" ")), Relaunch.OPTIONS);
        assertTrue(launcher.contains("short=" + Relaunch.SHORT_RUN), "the launcher's option for build and check");
    }

    @Test
    void aBuildIsGivenTheOptionsTheArchiveAndItsCommandLine() throws IOException {
        Path jar = Files.createFile(dir.resolve("amicus.jar"));
        Files.createFile(dir.resolve("amicus.jsa"));

        List<String> command = Relaunch.command(jar, new String[] {"build", "--out", "x y"}, null);

        assertEquals(Path.of(System.getProperty("java.home"), "bin", "java").toString(), command.get(0));
        assertEquals(Relaunch.OPTIONS, command.subList(1, 1 + Relaunch.OPTIONS.size()));
        assertEquals(List.of(Relaunch.SHORT_RUN, "-XX:SharedArchiveFile=" + dir.resolve("amicus.jsa"), "-Xshare:auto",
                        "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Damicus.relaunched=" + ProcessHandle.current().pid(),
                        "-jar", jar.toString(),
                        "build", "--out", "x y"),
                command.subList(1 + Relaunch.OPTIONS.size(), command.size()));
    }

    @Test
    void serveRunsLongAndHasNoArchiveWhenThereIsNone() throws IOException {
        Path jar = Files.createFile(dir.resolve("amicus.jar"));

        List<String> command = Relaunch.command(jar, new String[] {"serve"}, " ");

        assertEquals(List.of("-Damicus.relaunched=" + ProcessHandle.current().pid(), "-jar", jar.toString(), "serve"),
                command.subList(1 + Relaunch.OPTIONS.size(), command.size()));
    }

    @Test
    void amicusJavaOptsComeAfterTheLaunchersAsTheLauncherPutsThem() throws IOException {
        Path jar = Files.createFile(dir.resolve("amicus.jar"));

        List<String> command = Relaunch.command(jar, new String[] {"check"}, " -Xmx4g  -Dx=y ");

        assertEquals(List.of(Relaunch.SHORT_RUN, "-Xmx4g", "-Dx=y", "-Damicus.relaunched=" + ProcessHandle.current()
                .pid(), "-jar", jar.toString(), "check"), command.subList(1 + Relaunch.OPTIONS.size(), command.size()));
    }

    @Test
    @Tag("kill")
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aPlainJavaJarBuildsTheSite() throws Exception {
        Path project = TestSites.project(dir.resolve("project"), "bilingual");

        Process first = javaJar(thinJar(), "build", "--project", project.toString());

        assertEquals(0, first.waitFor(), TestSites.read(dir.resolve("build.log")));
        assertTrue(TestSites.read(dir.resolve("build.log")).contains("Built site: en 3 pages, fr 2 pages"),
                TestSites.read(dir.resolve("build.log")));
        assertTrue(Files.isRegularFile(project.resolve("site/en/index.html")));
    }

    @Test
    @Tag("kill")
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void theSecondJvmEndsWhenTheFirstIsKilled() throws Exception {
        Path project = TestSites.project(dir.resolve("project"), "bilingual");
        Path out = dir.resolve("out");
        Process first = javaJar(thinJar(), "serve", "--project", project.toString(), "--port", "0", "--out",
                out.toString());
        ProcessHandle second = second(first);
        assertTrue(second.info().arguments().map(List::of).orElse(List.of()).containsAll(Relaunch.OPTIONS),
                second.info().commandLine().orElse("?"));

        first.destroyForcibly(); // SIGKILL: the first JVM runs nothing on its way out
        first.waitFor();

        assertTrue(second.onExit().get(10, TimeUnit.SECONDS) != null && !second.isAlive(),
                "the second JVM is still running");
    }

    @Test
    void amicusLoadedFromAFolderRunsTheCommandItself() {
        assertFalse(Relaunch.run(new String[] {"build"}).isPresent());
    }

    @Test
    @Tag("kill")
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aJvmGivenAnOptionRunsTheCommandItself() throws Exception {
        Path project = TestSites.project(dir.resolve("project"), "bilingual");
        Process first = javaJar(List.of("-Xmx512m"), thinJar(), "serve", "--project", project.toString(), "--port",
                "0", "--out", dir.resolve("out").toString());
        try {
            for (int tries = 0; tries < 600 && !TestSites.read(dir.resolve("build.log")).contains("Serving"); tries++) {
                assertTrue(first.isAlive(), TestSites.read(dir.resolve("build.log")));
                Thread.sleep(50);
            }
            assertTrue(TestSites.read(dir.resolve("build.log")).contains("Serving"), "the server never started");
            assertEquals(0, first.toHandle().children().count(), "a second JVM was started");
        } finally {
            first.destroyForcibly();
            first.waitFor();
        }
    }

    /** The second JVM, once the first has started it. */
    private static ProcessHandle second(Process first) throws InterruptedException {
        for (int tries = 0; tries < 200; tries++) {
            Optional<ProcessHandle> child = first.toHandle().children().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no second JVM");
    }

    private Process javaJar(Path jar, String... args) throws IOException {
        return javaJar(List.of(), jar, args);
    }

    private Process javaJar(List<String> options, Path jar, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("build.log").toFile()).start();
    }

    /**
     * A jar of the classes under test (target/classes) whose manifest names the main class and the jars they need,
     * from the test's class path.
     */
    private Path thinJar() throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        main.put(Attributes.Name.CLASS_PATH, Arrays.stream(System.getProperty("java.class.path")
                        .split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" ")));
        Path jar = dir.resolve("amicus.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(FilePaths.slashed(classes.relativize(file))));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
