package org.amicus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.amicus.Amicus;
import org.amicus.BuildOptions;
import org.amicus.BuildResult;
import org.amicus.diagnostic.BuildFailedException;
import org.amicus.diagnostic.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code amicus build}: writes the site, then a summary; every error is listed, then summed up at the end. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into site/ (or --out). The previous site is replaced only if the whole "
                + "build succeeds.")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ProjectOptions project;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return run(project, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The build of {@code project}'s options, with or without picocli (see {@link PlainBuildLine}). */
    static int run(ProjectOptions project, PrintWriter out, PrintWriter err) {
        BuildOptions options = project.toBuildOptions(err);
        if (options == null) {
            return Main.USAGE_ERRORS;
        }
        Path projectDir = options.project();
        Path outDir = options.out();
        try {
            BuildResult result = Amicus.build(options);
            result.warnings().forEach(w -> err.println(w.format()));
            out.println(summary(result, projectDir.relativize(outDir)));
            return Main.OK;
        } catch (BuildFailedException failure) {
            failure.problems().forEach(p -> err.println(p.format()));
            err.println();
            err.println(errorSummary(failure.errors()));
            err.println("The previous site in " + outDir + " was left as it was.");
            return Main.CONTENT_ERRORS;
        }
    }

    static String summary(BuildResult result, Path out) {
        StringBuilder text = new StringBuilder("Built ").append(out.toString().isEmpty() ? "." : out).append(": ");
        text.append(counts(result.pagesPerLanguage(), "page"));
        int missing = result.missingTranslations().values().stream().mapToInt(Integer::intValue).sum();
        text.append("; translations missing: ").append(missing == 0 ? "none" : counts(result.missingTranslations(),
                "page"));
        int stale = result.staleTranslations().values().stream().mapToInt(Integer::intValue).sum();
        text.append("; stale: ").append(stale == 0 ? "none" : counts(result.staleTranslations(), "page"));
        int untracked = result.untrackedTranslations().values().stream().mapToInt(Integer::intValue).sum();
        if (untracked > 0) {
            text.append(" (").append(untracked).append(" not tracked: no `translatedFrom:`)");
        }
        text.append("; ").append(result.filesWritten()).append(" files in ")
                .append(result.time().toMillis()).append(" ms.");
        if (!result.warnings().isEmpty()) {
            text.append(" ").append(result.warnings().size()).append(" warning(s) above.");
        }
        return text.toString();
    }

    private static String counts(Map<String, Integer> perLanguage, String noun) {
        return String.join(", ", perLanguage.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " " + noun + (e.getValue() == 1 ? "" : "s"))
                .toList());
    }

    /** The errors again, one line each, so they are not lost above a long log. */
    static String errorSummary(List<Problem> errors) {
        StringBuilder text = new StringBuilder("Build failed with ").append(errors.size())
                .append(errors.size() == 1 ? " error:" : " errors:");
        for (Problem error : errors) {
            text.append("\n  ").append(error.location()).append(": ").append(error.message());
        }
        return text.toString();
    }
}
