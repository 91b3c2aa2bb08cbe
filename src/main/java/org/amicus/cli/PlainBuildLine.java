package org.amicus.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A plain {@code amicus build} line, read without picocli: picocli's classes are Java 5 bytecode, which Java's
 * class-data archive cannot hold, and reading its annotations costs a small site's build about a third of its
 * time. Only lines that are certainly well formed are read here: {@code build}, then each option of
 * {@link ProjectOptions} and {@code --debug} at most once, a value after a space or an {@code =} that does not start
 * with {@code -}. Anything else ({@code --help}, a mistake, another command) is left to picocli, whose answer is
 * then the only one.
 *
 * @param options what the line sets; the same as picocli would set (a test compares the two)
 * @param debug   whether {@code --debug} was given
 * @param outGiven whether {@code --out} was given
 */
record PlainBuildLine(ProjectOptions options, boolean debug, boolean outGiven) {

    /** The line as a plain build, or empty when picocli must read it. */
    static Optional<PlainBuildLine> of(String... args) {
        if (args.length == 0 || !args[0].equals("build")) {
            return Optional.empty();
        }
        ProjectOptions options = new ProjectOptions();
        options.project = Path.of(".");
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (!seen.add(name)) {
                return Optional.empty();
            }
            switch (name) {
                case "--drafts", "--strict", "--debug" -> {
                    if (equals >= 0) {
                        return Optional.empty();
                    }
                    options.drafts |= name.equals("--drafts");
                    options.strict |= name.equals("--strict");
                }
                case "--project", "--out", "--base-url" -> {
                    String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.length ? args[++i] : "";
                    if (value.isEmpty() || value.startsWith("-")) {
                        return Optional.empty();
                    }
                    switch (name) {
                        case "--project" -> options.project = Path.of(value);
                        case "--out" -> options.out = Path.of(value);
                        default -> options.baseUrl = value;
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new PlainBuildLine(options, seen.contains("--debug"), seen.contains("--out")));
    }
}
