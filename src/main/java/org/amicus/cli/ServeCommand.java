package org.amicus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.amicus.BuildOptions;
import org.amicus.BuildResult;
import org.amicus.diagnostic.Problem;
import org.amicus.serve.DevServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.amicus.util.FilePaths;

/**
 * {@code amicus serve}: builds, serves on 127.0.0.1, rebuilds on every change to content/ or templates/ and
 * reloads the browser; a failed build's errors are printed here and shown on the page. Ctrl+C stops it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on 127.0.0.1 and rebuilds it whenever content/ or templates/ "
                + "change; open pages reload, and build errors show in the page. Ctrl+C stops.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ProjectOptions project;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "1313",
            description = "The port on 127.0.0.1 (default 1313; 0 picks any free port).")
    int port;

    @Option(names = "--no-reload", description = "Do not reload open pages after a rebuild.")
    boolean noReload;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("error: --port " + port + " is not a port; use 1 to 65535, or 0 for any free port");
            return Main.USAGE_ERRORS;
        }
        BuildOptions options = project.toBuildOptions(err);
        if (options == null) {
            return Main.USAGE_ERRORS;
        }
        if (project.out == null) {
            // Like `hugo server`, serve a preview, never site/: its canonical URLs point at 127.0.0.1, and a
            // site/ left that way could be published by mistake.
            options = new BuildOptions(options.project(), options.project().resolve("target/amicus-serve"),
                    options.drafts(), options.baseUrl(), options.strict());
        }
        DevServer server;
        try {
            server = DevServer.start(options, port, !noReload, new Terminal(out, err, options, main.debug));
        } catch (BindException e) {
            err.println("error: cannot serve on 127.0.0.1:" + port + " (" + e.getMessage() + "); another program "
                    + "may be using it: choose another with --port, or --port 0 for any free port");
            return Main.USAGE_ERRORS;
        }
        out.println("Serving " + server.url() + " — watching content/ and templates/ (Ctrl+C to stop)");
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            server.close();
            out.println("Stopped.");
            stopped.countDown();
        }, "amicus-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(stop);
            server.close();
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    /** What the server does, told in the terminal in the words of {@code amicus build}. */
    private static final class Terminal implements DevServer.Listener {
        private final PrintWriter out;
        private final PrintWriter err;
        private final BuildOptions options;
        private final boolean debug;
        private boolean first = true;

        Terminal(PrintWriter out, PrintWriter err, BuildOptions options, boolean debug) {
            this.out = out;
            this.err = err;
            this.options = options;
            this.debug = debug;
        }

        @Override
        public void crashed(RuntimeException e) {
            if (debug) {
                e.printStackTrace(err);
            }
        }

        @Override
        public void rebuilding(Set<Path> changed) {
            List<String> names = changed.stream().map(FilePaths::slashed).toList();
            String shown = String.join(", ", names.subList(0, Math.min(3, names.size())))
                    + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
            out.println("Changed: " + shown + "; rebuilding…");
        }

        @Override
        public void built(BuildResult result, Set<String> changedFiles) {
            result.warnings().forEach(w -> err.println(w.format()));
            if (first) {
                first = false;
                out.println(BuildCommand.summary(result, options.project().relativize(options.out())));
            } else {
                out.println("Rebuilt in " + result.time().toMillis() + " ms; " + changedFiles.size()
                        + (changedFiles.size() == 1 ? " file" : " files") + " changed."
                        + (result.warnings().isEmpty() ? "" : " " + result.warnings().size() + " warning(s) above."));
            }
        }

        @Override
        public void failed(List<Problem> problems) {
            problems.forEach(p -> err.println(p.format()));
            err.println();
            err.println(BuildCommand.errorSummary(problems.stream().filter(Problem::isError).toList()));
            err.println("Still serving the last site that built; the errors show in the browser until the next "
                    + "build succeeds.");
        }
    }
}
