import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import org.amicus.*;
import org.amicus.build.Memos;
import org.amicus.output.SiteUpdate;
/**
 * What one rebuild after a save costs, in CPU time (all threads of the process, which a loaded machine changes
 * least) and wall time: a full {@code Amicus.build}, as {@code serve} did before it kept pages between builds,
 * against {@code Amicus.make} with the memos kept from the last build and the served folder updated in place.
 * Saves {@code content/en/the-case.md} (a word appended) then {@code templates/page.ftlh} (a comment appended)
 * N times each, after 3 saves to warm up, and puts them back. Run it on a copy of the project:
 *
 * <pre>java -cp target/amicus.jar src/bench/RebuildCpu.java COPY_OF_PROJECT N</pre>
 */
public final class RebuildCpu {
  static com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  public static void main(String[] a) throws Exception {
    Path project = Path.of(a[0]);
    int n = Integer.parseInt(a[1]);
    Path page = project.resolve("content/en/the-case.md");
    Path tpl = project.resolve("templates/page.ftlh");
    String origPage = Files.readString(page), origTpl = Files.readString(tpl);
    BuildOptions full = new BuildOptions(project, Files.createTempDirectory("amicus-full").resolve("site"), false, "http://127.0.0.1:1313/", false);
    BuildOptions inc = new BuildOptions(project, Files.createTempDirectory("amicus-incremental").resolve("site"), false, "http://127.0.0.1:1313/", false);
    Memos memos = new Memos();
    SiteUpdate served = new SiteUpdate(inc.out());
    served.replace(project, Amicus.make(inc, memos).files());
    Amicus.build(full);
    for (String kind : List.of("page", "template")) {
      List<Long> f = new ArrayList<>(), i = new ArrayList<>(), fw = new ArrayList<>(), iw = new ArrayList<>();
      for (int k = 0; k < n + 3; k++) {
        if (kind.equals("page")) Files.writeString(page, origPage + "\nword" + k + "\n");
        else Files.writeString(tpl, origTpl + "<#-- " + k + " -->\n");
        long c0 = os.getProcessCpuTime(), w0 = System.nanoTime();
        Amicus.build(full);
        long c1 = os.getProcessCpuTime(), w1 = System.nanoTime();
        served.update(Amicus.make(inc, memos).files());
        long c2 = os.getProcessCpuTime(), w2 = System.nanoTime();
        if (k >= 3) { f.add((c1-c0)/1000000); i.add((c2-c1)/1000000); fw.add((w1-w0)/1000000); iw.add((w2-w1)/1000000); }
      }
      Collections.sort(f); Collections.sort(i); Collections.sort(fw); Collections.sort(iw);
      System.out.printf("%s saves=%d  CPU ms p50/p95: full %d/%d  incremental %d/%d   wall ms p50/p95: full %d/%d incremental %d/%d%n",
        kind, n, f.get((n-1)/2), f.get((int)Math.ceil(n*0.95)-1), i.get((n-1)/2), i.get((int)Math.ceil(n*0.95)-1),
        fw.get((n-1)/2), fw.get((int)Math.ceil(n*0.95)-1), iw.get((n-1)/2), iw.get((int)Math.ceil(n*0.95)-1));
    }
    Files.writeString(page, origPage); Files.writeString(tpl, origTpl);
  }
}
