package org.amicus.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code amicus <command>}: exit 0 when all went well, 1 on content errors, 2 on usage errors. */
@Command(name = "amicus", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a bilingual static site from Markdown, YAML front matter and FreeMarker templates.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE_ERRORS = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams; tests call this instead of {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> USAGE_ERRORS);
        commandLine.setParameterExceptionHandler((e, a) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("error: " + e.getMessage());
            cmd.getErr().println("Run `amicus " + (cmd.getParent() == null ? "" : cmd.getCommandName() + " ")
                    + "--help` for the options.");
            return USAGE_ERRORS;
        });
        return commandLine.execute(args);
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
