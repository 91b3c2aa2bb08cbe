package org.amicus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Without JavaScript, a section's address is still one click away: the heading's text is a link to it. */
@Tag("browser")
class SectionLinksWithoutJavaScriptTest {

    @RegisterExtension
    static final Browser browser = Browser.withoutJavaScript();

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/en/the-ruling/, sanctions", "/fr/la-decision/, sanctions"})
    void eachHeadingIsAPlainLinkToItsSection(String page, String id) {
        browser.open(page);
        assertEquals(List.of(), browser.driver().findElements(By.cssSelector("button.copy-link")));

        WebElement link = browser.driver().findElement(By.cssSelector("#" + id + " > a.heading-anchor"));
        assertEquals("#" + id, link.getDomAttribute("href"));
        link.click();
        assertEquals(page + "#" + id, browser.currentPath());
        List<WebElement> headings = browser.driver().findElements(By.cssSelector("main .prose :is(h2, h3)[id]"));
        assertTrue(headings.size() > 5, headings::toString);
        for (WebElement heading : headings) {
            String self = "a.heading-anchor[href='#" + heading.getDomAttribute("id") + "']";
            assertEquals(1, heading.findElements(By.cssSelector(":scope > " + self)).size(), heading::getText);
        }
    }
}
