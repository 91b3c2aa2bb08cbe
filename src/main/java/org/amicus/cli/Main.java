package org.amicus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.amicus.diagnostic.FileFailure;
import org.amicus.output.UnsafeOutputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * {@code amicus <command>}: exit 0 when all went well; 1 on errors in the content, or when a file or folder
 * cannot be read or written; 2 only when the command line is wrong; 70 on a bug in Amicus. Failures are a line
 * that says what went wrong and where, and one that says how to fix it; {@code --debug} adds the stack trace.
 */
@Command(name = "amicus", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a bilingual static site from Markdown, YAML front matter and FreeMarker templates.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    /** Errors in the content, or a disk or file system that refused (full, read-only, no such folder). */
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE_ERRORS = 2;
    /** BSD sysexits' EX_SOFTWARE: a bug in Amicus, not in the site or the command line. */
    public static final int INTERNAL_ERROR = 70;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On a failure, print the Java stack trace too (to report a bug).")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        OptionalInt relaunched = Relaunch.run(args); // a plain `java -jar`: the launcher's JVM options, see Relaunch
        System.exit(relaunched.isPresent() ? relaunched.getAsInt()
                : run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams; tests call this instead of {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Optional<PlainBuildLine> plain = PlainBuildLine.of(args);
        if (plain.isPresent()) {
            return build(plain.get(), out, err);
        }
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, cmd.getErr(), debug(parsed),
                given(parsed, "--out")));
        commandLine.setParameterExceptionHandler((e, a) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("error: " + e.getMessage());
            cmd.getErr().println("Run `amicus " + (cmd.getParent() == null ? "" : cmd.getCommandName() + " ")
                    + "--help` for the options.");
            return USAGE_ERRORS;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return exhausted(e, err, List.of(args).contains("--debug"));
        }
    }

    /** A plain build, picocli's handlers done by hand: the same exit codes and messages. */
    private static int build(PlainBuildLine line, PrintWriter out, PrintWriter err) {
        try {
            return BuildCommand.run(line.options(), out, err);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return exhausted(e, err, line.debug());
        } catch (Exception e) {
            return failed(e, err, line.debug(), line.outGiven());
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Memory or stack ran out: not an author's mistake we can point at, but still a message, not a trace. */
    static int exhausted(Error e, PrintWriter err, boolean debug) {
        if (e instanceof OutOfMemoryError) {
            report(err, "Amicus ran out of memory (" + e.getMessage() + ")", "give Java more memory, like "
                    + "`AMICUS_JAVA_OPTS=-Xmx4g java -jar target/amicus.jar build`, or look for a very large page or "
                    + "data file");
        } else {
            report(err, "internal error: the stack ran out (" + e + ")", "this is a bug in Amicus: run the command "
                    + "again with --debug and report what it prints");
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof OutOfMemoryError ? CONTENT_ERRORS : INTERNAL_ERROR;
    }

    /**
     * What a command did not handle, told in a line and a fix: the exit code says whose move it is (the command
     * line, the author, or us).
     *
     * @param outGiven whether {@code --out} named the output folder: refusing it is then the command line's fault
     */
    static int failed(Exception e, PrintWriter err, boolean debug, boolean outGiven) {
        int code;
        if (e instanceof UnsafeOutputException unsafe) {
            report(err, unsafe.getMessage(), unsafe.hint());
            code = outGiven ? USAGE_ERRORS : CONTENT_ERRORS;
        } else if (e instanceof FileFailure failure) {
            report(err, failure.getMessage(), failure.hint());
            code = CONTENT_ERRORS;
        } else if (e instanceof UncheckedIOException wrapped) {
            report(err, FileFailure.describe(wrapped), FileFailure.hint(wrapped.getCause()));
            code = CONTENT_ERRORS;
        } else if (e instanceof IOException io) {
            report(err, FileFailure.describe(io), FileFailure.hint(io));
            code = CONTENT_ERRORS;
        } else {
            err.println("error: internal error: " + e);
            err.println("  fix: this is a bug in Amicus, not in your site: run the command again with --debug and "
                    + "report what it prints");
            code = INTERNAL_ERROR;
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static void report(PrintWriter err, String message, String hint) {
        err.println("error: " + message);
        if (!hint.isEmpty()) {
            err.println("  fix: " + hint);
        }
    }

    /** Whether {@code --debug} was given, before the command's name or after it. */
    static boolean debug(ParseResult parsed) {
        return given(parsed, "--debug");
    }

    private static boolean given(ParseResult parsed, String option) {
        for (ParseResult command = parsed; command != null; command = command.subcommand()) {
            if (command.hasMatchedOption(option)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which command to run, e.g. `amicus build`");
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"amicus " + (version == null ? "development" : version)};
        }
    }
}
