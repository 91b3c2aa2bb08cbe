package org.amicus;

import java.nio.file.Path;

/**
 * How to build.
 *
 * @param project the folder holding content/ and templates/
 * @param out     the output folder (site/ by default)
 * @param drafts  include pages with {@code draft: true}
 * @param baseUrl overrides site.yaml's baseUrl when not null
 * @param strict  warnings count as errors
 */
public record BuildOptions(Path project, Path out, boolean drafts, String baseUrl, boolean strict) {

    public static BuildOptions defaults(Path project) {
        return new BuildOptions(project, project.resolve("site"), false, null, false);
    }
}
