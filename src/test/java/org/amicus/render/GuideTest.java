package org.amicus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amicus.render.view.CitationView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuideTest {

    private static final Guide GUIDE = new Guide(new LinkedHashMap<>(Map.of(
            "home", "/en/", "the-ruling", "/en/the-ruling/")));

    @Test
    void idsAndTheAttributesThatNameThemArePrefixedWithThePart() {
        assertEquals("<p id=\"the-ruling--a\"><a href=\"/en/glossary/#x\" aria-describedby=\"the-ruling--t1\">x</a>"
                        + "<span id=\"the-ruling--t1\" aria-labelledby=\"the-ruling--a the-ruling--b\">d</span></p>",
                GUIDE.content("the-ruling", "<p id=\"a\"><a href=\"/en/glossary/#x\" aria-describedby=\"t1\">x</a>"
                        + "<span id=\"t1\" aria-labelledby=\" a  b \">d</span></p>"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "#sanctions,                  #home--sanctions",
            "/en/the-ruling/#sanctions,   #the-ruling--sanctions",
            "/en/the-ruling/,             #the-ruling",
            "/en/the-ruling/#,            #the-ruling",
            "/en/,                        #home",
            "/en/glossary/#discovery,     /en/glossary/#discovery",
            "https://example.org/#x,      https://example.org/#x",
    })
    void linksToAPartLeadInsideTheGuidePage(String href, String expected) {
        assertEquals("<a href=\"" + expected + "\">x</a>", GUIDE.content("home", "<a href=\"" + href + "\">x</a>"));
    }

    @Test
    void headingsGoDownOneLevelUnderThePartsTitle() {
        assertEquals("<h3 id=\"home--a\">A</h3><h4 id=\"home--b\">B</h4>",
                GUIDE.content("home", "<h2 id=\"a\">A</h2><h3 id=\"b\">B</h3>"));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({"/en/the-ruling/, false, the-ruling", "/en/, true, home", "/fr/content/, false, content-part",
        "/docs/fr/la-decision/, false, la-decision"})
    void aPartsIdIsItsLastFolderOrHome(String url, boolean home, String id) {
        assertEquals(id, Guide.chapterId(url, home));
    }

    @Test
    void aPartsSourcesListTakesItsIds() {
        CitationView cited = new CitationView(1, "source-1", null, List.of(), List.of("cite-1", "cite-1-2"));

        CitationView inGuide = Guide.citations("home", List.of(cited)).get(0);

        assertEquals("home--source-1", inGuide.id());
        assertEquals(List.of("home--cite-1", "home--cite-1-2"), inGuide.citationIds());
        assertEquals(1, inGuide.number());
    }
}
