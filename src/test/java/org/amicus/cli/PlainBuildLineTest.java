package org.amicus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class PlainBuildLineTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "build",
            "build --project site-src --out /tmp/out",
            "build --out=public --drafts --strict",
            "build --base-url https://example.org/preview/ --project=.",
            "build --debug --out public",
            "build --base-url=/relative/ --strict --drafts --debug --project a --out b",
    })
    void readsALineAsPicocliDoes(String line) {
        String[] args = line.split(" ");
        PlainBuildLine plain = PlainBuildLine.of(args).orElseThrow();
        CommandLine.ParseResult parsed = new CommandLine(new Main()).parseArgs(args);
        ProjectOptions expected = ((BuildCommand) parsed.subcommand().commandSpec().userObject()).project;
        assertEquals(described(expected), described(plain.options()));
        assertEquals(Main.debug(parsed), plain.debug());
        assertEquals(parsed.subcommand().hasMatchedOption("--out"), plain.outGiven());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "check", "build --help", "build -h", "build --version", "build --drafs", "build --out",
            "build --out a --out b", "build --drafts=true", "build --out= --strict", "build --out --strict",
            "build extra", "--debug build", "build --project -x",
    })
    void leavesAnyOtherLineToPicocli(String line) {
        assertEquals(Optional.empty(), PlainBuildLine.of(line.isEmpty() ? new String[0] : line.split(" ")));
    }

    /** An option added to `build` must be read here too, or every line that uses it would go to picocli. */
    @Test
    void readsEveryOptionOfTheBuildCommand() {
        CommandLine build = new CommandLine(new Main()).getSubcommands().get("build");
        List<String> missed = new ArrayList<>();
        for (OptionSpec option : build.getCommandSpec().options()) {
            String name = option.longestName();
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            String[] line = option.arity().max() == 0 ? new String[] {"build", name}
                    : new String[] {"build", name, "value"};
            if (PlainBuildLine.of(line).isEmpty()) {
                missed.add(name);
            }
        }
        assertTrue(missed.isEmpty(), "not read without picocli: " + missed);
    }

    private static String described(ProjectOptions options) {
        return options.project + " " + options.out + " " + options.drafts + " " + options.baseUrl + " "
                + options.strict;
    }
}
