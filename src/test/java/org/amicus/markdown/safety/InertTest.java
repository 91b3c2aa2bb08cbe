package org.amicus.markdown.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests' judge of inert HTML can fail: it sees what a browser would run, load or misplace. */
class InertTest {

    @Test
    void plainMarkupIsInert() {
        assertEquals(List.of(), Inert.faults("<p>A <a href=\"/en/\">link</a>, <a href=\"HTTPS://x.org\">another</a>"
                + " and <img src=\"chart.png\" alt=\"c\">.</p>"));
    }

    @Test
    void scriptsHandlersStylesAndSchemesAreFaults() {
        assertEquals(List.of("<script>", "onclick on <p>", "style on <p>", "href=jav\tascript:alert(1)"),
                Inert.faults("<script>alert(1)</script><p onclick=\"x\" style=\"x\"><a href=\"jav&#9;ascript:alert(1)\">"
                        + "x</a></p>"));
    }

    @Test
    void aTagLeftOpenIsAFaultSinceItTakesInTheTemplate() {
        assertEquals(List.of("the body does not stay in its place: the template's next paragraph moved"),
                Inert.faults("<p>x</p><details><summary>s</summary>"));
    }

    @Test
    void aCommentIsAFault() {
        assertEquals(List.of("a comment"), Inert.faults("<p>x</p><!-- note -->"));
    }
}
