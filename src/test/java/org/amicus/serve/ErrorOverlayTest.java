package org.amicus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.amicus.diagnostic.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The error panel and where served pages get the development markup. */
class ErrorOverlayTest {

    @Test
    void thePanelListsEachErrorWithFileLineMessageAndFixEscaped() {
        String html = ErrorOverlay.html(List.of(
                Problem.error(Path.of("content/en/x.md"), 3, "unknown key `<img src=x onerror=alert(1)>`",
                        "remove \"it\" & retry"),
                Problem.error(null, 0, "the build stopped", "")), "7");
        assertTrue(html.startsWith("<details open id=\"amicus-errors\" role=\"alert\" data-failure=\"7\">"), html);
        assertTrue(html.contains("the build failed with 2 errors"), html);
        assertTrue(html.contains("<code>content/en/x.md:3</code> unknown key `&lt;img src=x onerror=alert(1)&gt;`"
                + "<span class=\"amicus-fix\">fix: remove &quot;it&quot; &amp; retry</span>"), html);
        assertTrue(html.contains("<code>(project)</code> the build stopped</li>"), html);
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void noErrorsNoPanel() {
        assertEquals("", ErrorOverlay.html(List.of(), ""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<body><p>x</p></body></html>   | <body><p>x</p>[+]</body></html>",
        "<BODY>a</BODY>                 | <BODY>a[+]</BODY>",
        "<p>no body end</p>             | <p>no body end</p>[+]",
    })
    void markupGoesBeforeTheLastBodyEnd(String page, String expected) {
        assertEquals(expected, SiteHandler.inject(page, "[+]"));
    }
}
