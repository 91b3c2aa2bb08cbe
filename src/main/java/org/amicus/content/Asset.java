package org.amicus.content;

import java.nio.file.Path;

/**
 * A file copied as it is: an image beside a page, or a file of {@code templates/static/}.
 *
 * @param source     absolute path to read
 * @param outputPath path inside the output folder, forward slashes ({@code en/figures/chart.png})
 */
public record Asset(Path source, String outputPath) {
}
