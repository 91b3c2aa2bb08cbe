package org.amicus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.amicus.BuildOptions;
import org.amicus.config.SiteConfigLoader;
import picocli.CommandLine.Option;

/** The options `build` and `check` share, as a picocli mixin. */
final class ProjectOptions {

    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The folder with content/ and templates/ (default: the current folder).")
    Path project;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the site goes (default: <project>/site).")
    Path out;

    @Option(names = "--drafts", description = "Include pages marked `draft: true`.")
    boolean drafts;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Absolute URL the site is published at, instead of site.yaml's baseUrl.")
    String baseUrl;

    @Option(names = "--strict", description = "Treat warnings (such as missing translations) as errors, for CI.")
    boolean strict;

    /** The build options, or null after printing why the command line is wrong. */
    BuildOptions toBuildOptions(PrintWriter err) {
        if (baseUrl != null && SiteConfigLoader.normalizeBaseUrl(baseUrl).isEmpty()) {
            err.println("error: --base-url `" + baseUrl + "` is not an absolute http(s) URL, like https://example.org/ "
                    + "(without a user name, password, `?` or `#`: every page's canonical URL would show them)");
            return null;
        }
        Path projectDir = project.toAbsolutePath().normalize();
        Path outDir = out == null ? projectDir.resolve("site") : out.toAbsolutePath().normalize();
        return new BuildOptions(projectDir, outDir, drafts, baseUrl, strict);
    }
}
