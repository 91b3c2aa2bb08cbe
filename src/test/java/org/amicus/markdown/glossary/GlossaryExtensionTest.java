package org.amicus.markdown.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amicus.markdown.MarkdownProcessor;
import org.amicus.markdown.PageContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlossaryExtensionTest {

    private static final MarkdownProcessor MARKDOWN = new MarkdownProcessor(List.of("en", "fr"), Map.of());
    private static final Map<String, Map<String, GlossaryContext.Entry>> TERMS = Map.of(
            "en", Map.of("summary-judgment", new GlossaryContext.Entry("summary judgment",
                    "A decision without a full trial.", "/en/glossary/#summary-judgment")),
            "fr", Map.of("summary-judgment", new GlossaryContext.Entry("jugement sommaire",
                    "Une décision sans procès complet.", "/fr/glossaire/#summary-judgment"),
                    "certiorari", new GlossaryContext.Entry("<em>certiorari</em>",
                    "Le recours devant la Cour suprême (<em>writ of certiorari</em>).", "/fr/glossaire/#certiorari")));

    private final List<String> unknown = new ArrayList<>();

    private String render(String lang, String markdown) {
        GlossaryContext context = new GlossaryContext(key -> Optional.ofNullable(TERMS.get(lang).get(key)),
                (line, key) -> unknown.add(line + ":" + key));
        return MARKDOWN.render(lang, MARKDOWN.parse(lang, markdown), new PageContext(null, null, context), false)
                .html();
    }

    @ParameterizedTest
    @CsvSource({
        "en, summary judgment, /en/glossary/#summary-judgment, A decision without a full trial.",
        "fr, jugement sommaire, /fr/glossaire/#summary-judgment, Une décision sans procès complet.",
    })
    void termShowsItselfInThePageLanguageAndLinksToItsEntry(String lang, String term, String url, String definition) {
        Element span = Jsoup.parseBodyFragment(render(lang, "A [[summary-judgment]] decided it.\n"))
                .selectFirst("span.term");
        Element link = span.selectFirst("a.term-link");
        assertEquals(term, link.text());
        assertEquals(url, link.attr("href"));
        Element tooltip = span.selectFirst("#" + link.attr("aria-describedby"));
        assertEquals("tooltip", tooltip.attr("role"));
        assertEquals("(" + definition + ")", tooltip.text().replace("( ", "("));
    }

    @Test
    void authorsWordsReplaceTheTermAfterABar() {
        assertEquals("summary judgments", Jsoup.parseBodyFragment(render("en", "Two [[summary-judgment|summary judgments]].\n"))
                .selectFirst("a.term-link").text());
    }

    @Test
    void termAndDefinitionKeepTheirEmphasis() {
        Element span = Jsoup.parseBodyFragment(render("fr", "Un refus de [[certiorari]].\n")).selectFirst("span.term");

        assertEquals("<em>certiorari</em>", span.selectFirst("a.term-link").html());
        assertEquals("writ of certiorari", span.selectFirst(".term-definition em").text());
    }

    @Test
    void authorsWordsAreEscapedWhenTheContextHasNoTypography() {
        assertEquals("<a & b>", Jsoup.parseBodyFragment(render("en", "The [[summary-judgment|<a & b>]].\n"))
                .selectFirst("a.term-link").text());
    }

    @Test
    void eachTermOfAPageGetsItsOwnDescriptionId() {
        var ids = Jsoup.parseBodyFragment(render("en", "[[summary-judgment]] and [[summary-judgment]]\n"))
                .select("a.term-link").eachAttr("aria-describedby");
        assertEquals(List.of("term-1", "term-2"), ids);
    }

    @Test
    void unknownTermIsReportedWithItsLineAndPrintedAsText() {
        String html = render("en", "Intro.\n\nThe [[sumary-judgment]] came.\n");
        assertEquals(List.of("2:sumary-judgment"), unknown);
        assertEquals("<p>Intro.</p>\n<p>The sumary-judgment came.</p>\n", html);
    }

    @Test
    void singleBracketsAreNotTerms() {
        assertEquals("<p>NSO &quot;exploit[ed]&quot; it [sic].</p>\n".replace("&quot;", "\u201C"),
                render("en", "NSO \"exploit[ed]\" it [sic].\n").replace("\u201D", "\u201C"));
    }
}
