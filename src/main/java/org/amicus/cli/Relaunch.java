package org.amicus.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar amicus.jar build} run with the JVM options of the launcher ({@code target/amicus}), which Java's
 * own defaults make twice as slow: C2's compilations and G1 cost a build of the explainer 2.2 s instead of 0.95 s,
 * and one of 4,000 pages 10.5 s and 1 GB instead of 6.2 s and 385 MB. A JVM cannot change its compilers once started,
 * so a plain {@code java -jar} (no JVM option given) starts a second JVM with the launcher's options, hands it the
 * command line and the terminal, and exits with its exit status; it costs the first JVM's start, about a tenth of a
 * second. {@code AMICUS_JAVA_OPTS} adds options to the second, as it does to the launcher's JVM. A JVM started
 * with any option of its own ({@code java -Xmx4g -jar …}, or options in {@code JAVA_TOOL_OPTIONS}, which the second
 * would get too) is left as it is: whoever gave options chose them.
 *
 * <p>The second JVM ends when the first does: a Ctrl-C or a kill of the first stops the build it started.
 */
final class Relaunch {

    /**
     * The launcher's options, as {@code src/main/launcher/amicus} gives them (a test compares the two); the reasons
     * are written there.
     */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmn128m",
            "-XX:CICompilerCount=1", "-XX:-UsePerfData");
    /** The launcher's option for the commands that end soon after they start. */
    static final String SHORT_RUN = "-Dsun.reflect.inflationThreshold=100000";
    /** JVM options to add, as the launcher adds them: {@code AMICUS_JAVA_OPTS=-Xmx4g java -jar amicus.jar build}. */
    static final String OPTIONS_VARIABLE = "AMICUS_JAVA_OPTS";
    /** Set in the second JVM, which never starts a third, to the first JVM's pid. */
    static final String RELAUNCHED = "amicus.relaunched";

    private static final Set<String> COMMANDS = Set.of("build", "check", "serve");
    /** How often the second JVM looks whether the first is still there. */
    private static final long PARENT_CHECK_MS = 100;

    private Relaunch() {
    }

    /**
     * Runs the command line in a JVM with the launcher's options when this one was started by a plain
     * {@code java -jar} for {@code build}, {@code check} or {@code serve}, and returns its exit status; empty when
     * this JVM should run the command itself (it was given options, it is the second JVM, Amicus does not run from a
     * jar, or the second JVM could not be started).
     */
    static OptionalInt run(String[] args) {
        if (System.getProperty(RELAUNCHED) != null) {
            endWithFirst(System.getProperty(RELAUNCHED));
            return OptionalInt.empty();
        }
        if (args.length == 0 || !COMMANDS.contains(args[0])
                || !ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty()) {
            return OptionalInt.empty();
        }
        Optional<Path> jar = jar();
        if (jar.isEmpty()) {
            return OptionalInt.empty();
        }
        Process second;
        try {
            second = new ProcessBuilder(command(jar.get(), args, System.getenv(OPTIONS_VARIABLE))).inheritIO()
                    .start();
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty(); // run here, as slowly as Java's defaults make it
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(second)));
        while (true) {
            try {
                return OptionalInt.of(second.waitFor());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The second JVM's command line: this Java, the launcher's options, then, as the launcher adds them,
     * {@code AMICUS_JAVA_OPTS}'s ({@code extra}, may be null), the class-data archive beside the jar.
     */
    static List<String> command(Path jar, String[] args, String extra) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(OPTIONS);
        if (!args[0].equals("serve")) {
            command.add(SHORT_RUN);
        }
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        Path archive = jar.resolveSibling("amicus.jsa");
        if (Files.isRegularFile(archive)) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off"));
        }
        command.add("-D" + RELAUNCHED + "=" + ProcessHandle.current().pid());
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** The jar this class was loaded from; empty when it was loaded from a folder (tests, an IDE). */
    private static Optional<Path> jar() {
        CodeSource source = Relaunch.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar")
                    ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return Optional.empty(); // not a file on this machine's file system
        }
    }

    /** On the first JVM's way out (Ctrl-C, a kill): the second is stopped too, and given time to clean up. */
    private static void stop(Process second) {
        if (second.isAlive()) {
            second.destroy();
            try {
                second.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * In the second JVM: ends it, as a kill would, when the first JVM ({@code firstPid}) is gone without stopping it
     * (killed with SIGKILL, even before this one started), so that no build goes on that nobody waits for. Its
     * parent's pid is watched, not whether the first is alive: a killed process stays a zombie until its own parent
     * reaps it, but its children are given to another parent the moment it dies.
     */
    private static void endWithFirst(String firstPid) {
        Optional<Long> first;
        try {
            first = Optional.of(Long.parseLong(firstPid));
        } catch (NumberFormatException e) {
            return; // not started by Relaunch
        }
        Thread watch = new Thread(() -> {
            while (ProcessHandle.current().parent().map(ProcessHandle::pid).equals(first)) {
                try {
                    Thread.sleep(PARENT_CHECK_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            System.exit(143); // 128 + SIGTERM: what a kill of this JVM would have given
        }, "amicus-first-jvm-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
