import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.*;
import java.util.*;
import java.util.stream.Stream;
import org.amicus.markdown.typography.TypographyExtension;

/**
 * The CPU time of the typography post-processor alone, on the pages of a corpus: each page (front matter cut off)
 * is parsed by flexmark with {@code TypographyExtension}, and by flexmark with only its own
 * {@code TypographicExtension} set up with the same quotes (the baseline); the difference is the post-processor's.
 * Run it with two jars in turn, under the launcher's JIT setting, to compare versions side by side:
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/amicus.jar src/bench/TypographyCpu.java CORPUS/amicus/content 5</pre>
 */
public final class TypographyCpu {
  public static void main(String[] a) throws Exception {
    Path content = Path.of(a[0]);
    int rounds = Integer.parseInt(a[1]);
    Map<String, List<String>> pages = new TreeMap<>();
    for (String lang : List.of("en", "fr")) {
      List<String> texts = new ArrayList<>();
      try (Stream<Path> files = Files.walk(content.resolve(lang))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
          String text = Files.readString(file);
          int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
          texts.add(end < 0 ? text : text.substring(text.indexOf('\n', end + 1) + 1));
        }
      }
      pages.put(lang, texts);
    }
    Map<String, Parser> typography = new HashMap<>(), baseline = new HashMap<>();
    for (String lang : pages.keySet()) {
      MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TypographyExtension.create()))
          .set(TypographyExtension.LANGUAGE, lang);
      Parser parser = Parser.builder(options).build();
      typography.put(lang, parser);
      MutableDataSet quotesOnly = new MutableDataSet(options).set(Parser.EXTENSIONS, List.of(TypographicExtension.create()))
          .set(TypographicExtension.ENABLE_SMARTS, false); // as TypographyExtension sets it
      baseline.put(lang, Parser.builder(quotesOnly).build());
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<Long> withTypography = new ArrayList<>(), quotesOnly = new ArrayList<>();
    for (int r = 0; r < rounds + 1; r++) {
      for (Map<String, Parser> parsers : List.of(typography, baseline)) {
        long start = threads.getCurrentThreadCpuTime();
        for (var lang : pages.entrySet()) {
          Parser parser = parsers.get(lang.getKey());
          for (String page : lang.getValue()) {
            parser.parse(page);
          }
        }
        long ms = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        if (r > 0) { // the first round warms up
          (parsers == typography ? withTypography : quotesOnly).add(ms);
        }
      }
    }
    Collections.sort(withTypography);
    Collections.sort(quotesOnly);
    long t = withTypography.get(rounds / 2), q = quotesOnly.get(rounds / 2);
    System.out.println("pages=" + pages.values().stream().mapToInt(List::size).sum() + " CPU ms, median of " + rounds
        + ": parse with TypographyExtension " + t + ", with flexmark's quotes only " + q + ", typography post-processor "
        + (t - q) + "  (all: " + withTypography + " / " + quotesOnly + ")");
  }
}
