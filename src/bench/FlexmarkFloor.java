import com.vladsch.flexmark.ext.abbreviation.AbbreviationExtension;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The floor under a cold build: flexmark alone, with the extensions of flexmark's own that Amicus uses and none of
 * Amicus's, parsing and rendering the bodies of a corpus's pages on every core, in a fresh JVM. Run it with the
 * launcher's JVM options, the way a build runs, beside {@code amicus build} and Hugo on the same corpus:
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn128m -XX:CICompilerCount=1 -cp target/amicus.jar \
 *     src/bench/FlexmarkFloor.java CORPUS/amicus
 * </pre>
 *
 * It prints the time from the JVM's start to the last page rendered, and the process's CPU time: what any
 * build of these pages with flexmark on this JVM spends before it reads a template or writes a file.
 */
public final class FlexmarkFloor {

    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0], "content"))) {
            files = walk.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                AbbreviationExtension.create(), DefinitionExtension.create(), AttributesExtension.create(),
                AnchorLinkExtension.create(), StrikethroughExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        AtomicInteger next = new AtomicInteger();
        AtomicLong characters = new AtomicLong();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                try {
                    String text = Files.readString(files.get(i));
                    int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
                    String body = end < 0 ? text : text.substring(text.indexOf('\n', end + 1) + 1);
                    characters.addAndGet(renderer.render(parser.parse(body)).length());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        Thread[] threads = new Thread[Runtime.getRuntime().availableProcessors()];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(worker);
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("%d pages, %d characters of HTML: %.2f s from the JVM's start, %.2f s of CPU%n",
                files.size(), characters.get(), ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0,
                os.getProcessCpuTime() / 1e9);
    }
}
