package org.amicus.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amicus.TestSites;
import org.openqa.selenium.JavascriptExecutor;

/** axe-core (the npm package, pinned by .ci/install-browser-tools) run in the page the browser shows. */
final class Axe {

    /** The WCAG 2.2 A and AA rules (axe tags the rules of each WCAG version and level). */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** The rules whose outcome depends on colours: all that can change with the colour scheme. */
    static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: arguments[0], resultTypes: ['violations']})
              .then(function (results) {
                done(results.violations.map(function (v) {
                  return {id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                    targets: v.nodes.map(function (n) { return n.target.join(' ') + '  ' + n.failureSummary; })};
                }));
              })
              .catch(function (e) {
                done([{id: 'axe-error', impact: '', help: String(e), helpUrl: '', targets: []}]);
              });
            """;

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    static Axe load() {
        return new Axe(TestSites.read(Browser.AXE));
    }

    /** The violations of the WCAG 2.2 A/AA rules on the current page, one paragraph each; empty when none. */
    List<String> violations(JavascriptExecutor page) {
        return run(page, Map.of("type", "tag", "values", WCAG_22_AA));
    }

    /** The violations of the rules that depend on colours, for a second colour scheme. */
    List<String> colourViolations(JavascriptExecutor page) {
        return run(page, Map.of("type", "rule", "values", COLOUR_RULES));
    }

    private List<String> run(JavascriptExecutor page, Map<String, Object> runOnly) {
        if (!Boolean.TRUE.equals(page.executeScript("return typeof axe !== 'undefined'"))) {
            page.executeScript(source);
        }
        List<String> found = new ArrayList<>();
        for (Object item : (List<?>) page.executeAsyncScript(RUN, runOnly)) {
            Map<?, ?> violation = (Map<?, ?>) item;
            StringBuilder text = new StringBuilder().append(violation.get("id")).append(" (")
                    .append(violation.get("impact")).append("): ").append(violation.get("help")).append(" ")
                    .append(violation.get("helpUrl"));
            for (Object target : (List<?>) violation.get("targets")) {
                text.append("\n      on ").append(String.valueOf(target).replaceAll("\\s+", " "));
            }
            found.add(text.toString());
        }
        return found;
    }
}
