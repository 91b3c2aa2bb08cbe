import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import org.amicus.*;
import org.amicus.build.Memos;
import org.amicus.output.SiteUpdate;
/**
 * The CPU time of one page-save rebuild as {@code serve} makes it, alone (without {@code RebuildCpu}'s full builds
 * between, so that two versions can run side by side under the same load): saves {@code content/en/the-case.md}
 * (a word appended) N times after 5 saves to warm up, each followed by {@code Amicus.make} with the memos kept and
 * the served folder updated in place, then puts the page back. Run it on a copy of the project:
 *
 * <pre>java -cp target/amicus.jar src/bench/PageSaveCpu.java COPY_OF_PROJECT N</pre>
 */
public final class PageSaveCpu {
  public static void main(String[] a) throws Exception {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Path project = Path.of(a[0]);
    int n = Integer.parseInt(a[1]);
    Path page = project.resolve("content/en/the-case.md");
    String orig = Files.readString(page);
    BuildOptions inc = new BuildOptions(project, Files.createTempDirectory("amicus-inc").resolve("site"), false, "http://127.0.0.1:1313/", false);
    Memos memos = new Memos();
    SiteUpdate served = new SiteUpdate(inc.out());
    served.replace(project, Amicus.make(inc, memos).files());
    List<Long> cpu = new ArrayList<>();
    for (int k = 0; k < n + 5; k++) {
      Files.writeString(page, orig + "\nword" + k + "\n");
      long c = os.getProcessCpuTime();
      served.update(Amicus.make(inc, memos).files());
      if (k >= 5) cpu.add((os.getProcessCpuTime() - c) / 1000000);
    }
    Files.writeString(page, orig);
    Collections.sort(cpu);
    System.out.println("page saves=" + n + " incremental CPU ms p50 " + cpu.get((n - 1) / 2) + " p95 " + cpu.get((int) Math.ceil(n * 0.95) - 1));
  }
}
