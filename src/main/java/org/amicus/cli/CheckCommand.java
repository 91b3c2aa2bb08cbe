package org.amicus.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.amicus.Amicus;
import org.amicus.BuildOptions;
import org.amicus.diagnostic.BuildFailedException;
import org.amicus.diagnostic.Problem;
import org.amicus.util.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.amicus.util.FilePaths;

/**
 * {@code amicus check}: every validation of a build (front matter, links and anchors, citations and glossary
 * terms, data files, translations, alt text) plus a link check of the pages it would write, with nothing
 * written. Text for people, JSON for tools.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the site as a build would, and the links of the pages it would write, without "
                + "writing anything. Exit 1 when there are errors (or warnings, with --strict).")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @CommandLine.Mixin
    ProjectOptions project;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    Format format;

    @Option(names = "--translations", description = "List each translation, whether it is current, and the "
            + "version of its source to record in `translatedFrom:`.")
    boolean translations;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options = project.toBuildOptions(err);
        if (options == null) {
            return Main.USAGE_ERRORS;
        }
        if (translations) {
            try {
                Amicus.translationReport(options).forEach(out::println);
            } catch (BuildFailedException failure) {
                failure.problems().forEach(p -> err.println(p.format()));
                return Main.CONTENT_ERRORS;
            }
        }
        List<Problem> problems = Amicus.check(options);
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (format == Format.json) {
            out.println(json(problems, errors, warnings));
        } else {
            problems.forEach(p -> out.println(p.format()));
            out.println((problems.isEmpty() ? "" : "\n") + "Checked: " + errors + (errors == 1 ? " error" : " errors")
                    + ", " + warnings + (warnings == 1 ? " warning" : " warnings") + ".");
        }
        return errors > 0 ? Main.CONTENT_ERRORS : Main.OK;
    }

    static String json(List<Problem> problems, long errors, long warnings) {
        return Json.write(Json.object("errors", errors, "warnings", warnings, "problems", problems.stream()
                .map(p -> Json.object("severity", p.isError() ? "error" : "warning",
                        "file", p.file() == null ? "" : FilePaths.slashed(p.file()), "line", p.line(),
                        "message", p.message(), "hint", p.hint()))
                .toList()));
    }
}
