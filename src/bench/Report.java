import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The benchmark's table, in Markdown, from what {@code src/bench/run} measured:
 *
 * <pre>java src/bench/Report.java DIR</pre>
 *
 * reads {@code DIR/results.tsv} (one build a line: tool, size, run, status, wall s, CPU s, peak RSS KiB; a size
 * is a number of articles, or {@code real-build} / {@code real-check}), {@code DIR/serve.tsv} (kind, number,
 * milliseconds or {@code failed}) and {@code DIR/machine.txt} (shown as it is), and prints the report: median
 * and spread (min–max) of each measure, Amicus's medians as multiples of Hugo's and Eleventy's, and flexmark's
 * alone as multiples of Hugo's.
 */
public final class Report {

    private static final List<String> TOOLS = List.of("amicus", "hugo", "eleventy", "flexmark");
    private static final Map<String, String> NAMES = Map.of("amicus", "Amicus", "hugo", "Hugo", "eleventy", "Eleventy",
            "flexmark", "flexmark alone (floor)");
    /** The ratios shown: each first tool's medians as multiples of the second's. */
    private static final List<List<String>> RATIOS = List.of(List.of("amicus", "hugo"), List.of("amicus", "eleventy"),
            List.of("flexmark", "hugo"));

    private record Build(String tool, String size, int run, String status, double wall, double cpu, double rssMb) {
        boolean ok() {
            return status.equals("ok");
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java src/bench/Report.java DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        List<Build> builds = new ArrayList<>();
        for (String line : lines(dir.resolve("results.tsv"))) {
            String[] f = line.split("\t", -1);
            builds.add(new Build(f[0], f[1], Integer.parseInt(f[2]), f[3], number(f[4]), number(f[5]),
                    number(f[6]) / 1024));
        }
        StringBuilder out = new StringBuilder();
        out.append(Files.readString(dir.resolve("machine.txt"), StandardCharsets.UTF_8));
        corpus(builds, out);
        realSite(builds, out);
        serve(lines(dir.resolve("serve.tsv")), out);
        failures(builds, out);
        System.out.print(out);
    }

    private static void corpus(List<Build> builds, StringBuilder out) {
        List<String> sizes = builds.stream().map(Build::size).filter(s -> s.matches("\\d+")).distinct()
                .sorted(Comparator.comparingInt(Integer::parseInt)).toList();
        if (sizes.isEmpty()) {
            return;
        }
        out.append("\n### Cold builds of the corpus\n\n")
                .append("Articles in all: half in English, half in French; each language also has its home and 10 ")
                .append("sections (and a search page, with `--search`). Median of the runs, then (min–max).\n\n")
                .append("| articles | generator | builds | wall (s) | CPU, user + sys (s) | peak RSS (MB) |\n")
                .append("| ---: | --- | ---: | ---: | ---: | ---: |\n");
        for (String size : sizes) {
            String label = String.format(Locale.US, "%,d", Integer.parseInt(size));
            Map<String, List<Build>> byTool = new LinkedHashMap<>();
            for (String tool : TOOLS) {
                List<Build> runs = builds.stream().filter(b -> b.size().equals(size) && b.tool().equals(tool)).toList();
                if (!runs.isEmpty()) {
                    byTool.put(tool, runs);
                    out.append(row(label, NAMES.get(tool), runs));
                }
            }
            for (List<String> pair : RATIOS) {
                List<Build> ours = ok(byTool.get(pair.get(0)));
                List<Build> them = ok(byTool.get(pair.get(1)));
                String other = pair.get(1);
                if (!ours.isEmpty() && !them.isEmpty()) {
                    out.append("| ").append(label).append(" | **").append(NAMES.get(pair.get(0))).append(" ÷ ")
                            .append(NAMES.get(other)).append("** | | ")
                            .append(ratio(ours, them, Build::wall, other)).append(" | ")
                            .append(ratio(ours, them, Build::cpu, other)).append(" | ")
                            .append(ratio(ours, them, Build::rssMb, other)).append(" |\n");
                }
            }
        }
    }

    private static void realSite(List<Build> builds, StringBuilder out) {
        List<Build> real = builds.stream().filter(b -> b.size().startsWith("real-")).toList();
        if (real.isEmpty()) {
            return;
        }
        out.append("\n### The explainer itself (content/ and templates/ of the project)\n\n")
                .append("| command | runs | wall (s) | CPU, user + sys (s) | peak RSS (MB) |\n")
                .append("| --- | ---: | ---: | ---: | ---: |\n");
        for (String command : List.of("build", "check")) {
            List<Build> runs = real.stream().filter(b -> b.size().equals("real-" + command)).toList();
            if (!runs.isEmpty()) {
                out.append(row(null, "`amicus " + command + "`" + (command.equals("build") ? " (cold)" : ""), runs));
            }
        }
    }

    private static void serve(List<String> lines, StringBuilder out) {
        if (lines.isEmpty()) {
            return;
        }
        out.append("\n### `amicus serve`: from saving a file to the page showing the change\n\n")
                .append("| file saved | saves shown | p50 (ms) | p95 (ms) | min–max (ms) |\n")
                .append("| --- | ---: | ---: | ---: | ---: |\n");
        boolean missed = lines.stream().anyMatch(l -> l.endsWith("\tfailed"));
        for (String kind : List.of("page", "template")) {
            List<String[]> edits = lines.stream().map(l -> l.split("\t")).filter(f -> f[0].equals(kind)).toList();
            if (edits.isEmpty()) {
                continue;
            }
            List<Double> times = edits.stream().filter(f -> !f[2].equals("failed"))
                    .map(f -> Double.parseDouble(f[2])).sorted().toList();
            String file = kind.equals("page") ? "a page (`content/en/the-case.md`)" : "a template (`templates/page.ftlh`)";
            out.append("| ").append(file).append(" | ").append(times.size()).append('/').append(edits.size())
                    .append(" | ");
            if (times.isEmpty()) {
                out.append("– | – | – |\n");
            } else {
                out.append(String.format(Locale.US, "%.0f | %.0f | %.0f–%.0f |\n", percentile(times, 0.50),
                        percentile(times, 0.95), times.get(0), times.get(times.size() - 1)));
            }
        }
        if (missed) {
            out.append("\nA save not shown: the rebuild after it failed, or no new version came within 2 minutes ")
                    .append("(the server's output is in `target/bench/logs/serve.log`).\n");
        }
    }

    private static void failures(List<Build> builds, StringBuilder out) {
        List<Build> failed = builds.stream().filter(b -> !b.ok()).toList();
        if (failed.isEmpty()) {
            return;
        }
        out.append("\nBuilds that failed (their output is in `target/bench/logs/`):\n\n");
        for (Build b : failed) {
            out.append("- ").append(NAMES.get(b.tool())).append(", ").append(b.size()).append(", run ")
                    .append(b.run()).append(": ").append(b.status());
            if (!Double.isNaN(b.wall())) {
                out.append(String.format(Locale.US, " (wall %.1f s, CPU %.1f s, peak RSS %.0f MB)", b.wall(), b.cpu(),
                        b.rssMb()));
            }
            out.append('\n');
        }
    }

    private static String row(String size, String name, List<Build> runs) {
        List<Build> ok = ok(runs);
        StringBuilder row = new StringBuilder("| ");
        if (size != null) {
            row.append(size).append(" | ");
        }
        row.append(name).append(" | ").append(ok.size()).append('/').append(runs.size());
        if (ok.size() < runs.size()) {
            row.append(" (").append(runs.stream().filter(b -> !b.ok()).map(Build::status).distinct()
                    .reduce((a, b) -> a + ", " + b).orElse("")).append(')');
        }
        row.append(" | ").append(spread(ok, Build::wall, false)).append(" | ").append(spread(ok, Build::cpu, false))
                .append(" | ").append(spread(ok, Build::rssMb, true));
        return row.append(" |\n").toString();
    }

    /** The median, then (min–max): whole numbers, or one decimal from 10 up, two below. */
    private static String spread(List<Build> runs, ToDoubleFunction<Build> measure, boolean whole) {
        if (runs.isEmpty()) {
            return "–";
        }
        List<Double> values = runs.stream().map(measure::applyAsDouble).sorted().toList();
        double max = values.get(values.size() - 1);
        String format = whole ? "%.0f" : max >= 10 ? "%.1f" : "%.2f";
        String median = String.format(Locale.US, format, median(values));
        return values.size() == 1 ? median : median + " (" + String.format(Locale.US, format, values.get(0)) + "–"
                + String.format(Locale.US, format, max) + ")";
    }

    private static String ratio(List<Build> ours, List<Build> other, ToDoubleFunction<Build> measure, String name) {
        double a = median(ours.stream().map(measure::applyAsDouble).sorted().toList());
        double b = median(other.stream().map(measure::applyAsDouble).sorted().toList());
        return b == 0 ? "–" : String.format(Locale.US, "%.1f× %s", a / b, NAMES.get(name));
    }

    private static List<Build> ok(List<Build> runs) {
        return runs == null ? List.of() : runs.stream().filter(Build::ok).toList();
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Nearest rank: the smallest value with at least that share of the values at or below it. */
    private static double percentile(List<Double> sorted, double share) {
        return sorted.get((int) Math.ceil(share * sorted.size()) - 1);
    }

    private static double number(String text) {
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList() : List.of();
    }
}
