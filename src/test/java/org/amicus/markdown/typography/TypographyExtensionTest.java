package org.amicus.markdown.typography;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Markdown in, exact HTML out. In expected HTML, ␣ stands for the narrow no-break space U+202F and ~ (TeX's tie)
 * for the no-break space U+00A0, which are invisible in source code.
 */
class TypographyExtensionTest {

    static String render(String language, String markdown) {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TypographyExtension.create()))
                .set(TypographyExtension.LANGUAGE, language);
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    private static String visible(String text) {
        return text.replace('␣', '\u202F').replace('~', '\u00A0');
    }

    private static void assertRenders(String language, String markdown, String html) {
        assertEquals(visible("<p>" + html + "</p>\n"), render(language, visible(markdown)));
    }

    static Stream<Arguments> quotes() {
        return Stream.of(
                arguments("en", "He said \"yes\".", "He said “yes”."),
                arguments("fr", "Il a dit \"oui\".", "Il a dit «␣oui␣»."),
                arguments("en", "the 'dead letter' rule", "the ‘dead letter’ rule"),
                arguments("fr", "« Il a dit 'oui' »", "«␣Il a dit “oui”␣»"),
                arguments("en", "\"a *bold* claim\"", "“a <em>bold</em> claim”"),
                arguments("fr", "\"une *vraie* loi\"", "«␣une <em>vraie</em> loi␣»"),
                arguments("en", "a lone \" stays", "a lone &quot; stays"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("quotes")
    void straightQuotesBecomeTheLanguagesQuotationMarks(String language, String markdown, String html) {
        assertRenders(language, markdown, html);
    }

    static Stream<Arguments> apostrophes() {
        return Stream.of(
                arguments("en", "don't", "don’t"),
                arguments("en", "the court's ruling", "the court’s ruling"),
                arguments("en", "'tis", "’tis"),
                arguments("fr", "l'arbre d'aujourd'hui", "l’arbre d’aujourd’hui"),
                arguments("fr", "qu'il a dit \"l'homme\"", "qu’il a dit «␣l’homme␣»"),
                arguments("fr", "*NSO*'s", "<em>NSO</em>’s"),
                arguments("en", "a ' alone", "a ' alone"),
                arguments("en", "an escaped \\'quote", "an escaped 'quote"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("apostrophes")
    void apostrophesBecomeRightSingleQuotesInBothLanguages(String language, String markdown, String html) {
        assertRenders(language, markdown, html);
    }

    static Stream<Arguments> frenchPunctuation() {
        return Stream.of(
                arguments("Attention ; la suite", "Attention␣; la suite"),
                arguments("Attention : la suite", "Attention␣: la suite"),
                arguments("Attention ! La suite", "Attention␣! La suite"),
                arguments("Vraiment ?", "Vraiment␣?"),
                arguments("sans espace; ni: là! ni?", "sans espace␣; ni␣: là␣! ni␣?"),
                arguments("insécable~: remplacée", "insécable␣: remplacée"),
                arguments("déjà fine␣: gardée", "déjà fine␣: gardée"),
                arguments("deux espaces  : une seule", "deux espaces␣: une seule"),
                arguments("Quoi?! Encore ?!", "Quoi␣?! Encore␣?!"),
                arguments("(vraiment?) [oui!]", "(vraiment␣?) [oui␣!]"),
                arguments("Il a dit \"non\": fin", "Il a dit «␣non␣»␣: fin"),
                arguments("l'article 3: la loi", "l’article 3␣: la loi"),
                arguments("Remarque:", "Remarque␣:"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frenchPunctuation")
    void frenchHighPunctuationGetsNarrowNoBreakSpace(String markdown, String html) {
        assertRenders("fr", markdown, html);
    }

    static Stream<Arguments> typedGuillemets() {
        return Stream.of(
                arguments("« avec espaces »", "«␣avec espaces␣»"),
                arguments("«sans espaces»", "«␣sans espaces␣»"),
                arguments("«~insécables~»", "«␣insécables␣»"),
                arguments("«␣déjà fines␣»", "«␣déjà fines␣»"),
                arguments("«*emphase*»", "«␣<em>emphase</em>␣»"),
                arguments("«`code`»", "«␣<code>code</code>␣»"),
                arguments("« quoi? »", "«␣quoi␣?␣»"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typedGuillemets")
    void guillemetsTypedByTheAuthorGetNarrowNoBreakSpacesInside(String markdown, String html) {
        assertRenders("fr", markdown, html);
    }

    @Test
    void colonAfterEmphasisGetsNarrowNoBreakSpaceInFrench() {
        assertRenders("fr", "le *CFAA* : une loi", "le <em>CFAA</em>␣: une loi");
        assertRenders("fr", "le *CFAA*: une loi", "le <em>CFAA</em>␣: une loi");
    }

    static Stream<Arguments> inlineNeighbours() {
        return Stream.of(
                arguments("**fort**!", "<strong>fort</strong>␣!"),
                arguments("[l'arrêt](arret.html): lu", "<a href=\"arret.html\">l’arrêt</a>␣: lu"),
                arguments("*quoi?*", "<em>quoi␣?</em>"),
                arguments("*le* ?", "<em>le</em>␣?"),
                arguments("`f`: la fonction", "<code>f</code>: la fonction"),
                arguments("`f` : la fonction", "<code>f</code>␣: la fonction"),
                arguments("<abbr>UE</abbr>: union", "<abbr>UE</abbr>: union"),
                arguments("![carte](carte.png): la carte", "<img src=\"carte.png\" alt=\"carte\" />: la carte"),
                arguments("voir\n: suite", "voir\n: suite"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inlineNeighbours")
    void punctuationAfterAnotherInlineIsSpacedOnlyWhenItsTextIsKnown(String markdown, String html) {
        assertRenders("fr", markdown, html);
    }

    static Stream<Arguments> untouchedInline() {
        return Stream.of(
                arguments("fr", "`a : b \"c\" l'd`", "<code>a : b &quot;c&quot; l'd</code>"),
                arguments("en", "`say \"hi\" don't`", "<code>say &quot;hi&quot; don't</code>"),
                arguments("fr", "[lien](https://x.fr/a?b=1:2 \"titre : l'x\")",
                        "<a href=\"https://x.fr/a?b=1:2\" title=\"titre : l'x\">lien</a>"),
                arguments("fr", "<https://x.fr/l'a?b:c>", "<a href=\"https://x.fr/l'a?b:c\">https://x.fr/l'a?b:c</a>"),
                arguments("fr", "<span title=\"a : b\">\"x\"</span>", "<span title=\"a : b\">«␣x␣»</span>"),
                arguments("en", "<span data-x=\"'y'\">z</span>", "<span data-x=\"'y'\">z</span>"),
                arguments("fr", "voir https://exemple.fr/faq?x=1 ou mailto:a@b.fr",
                        "voir https://exemple.fr/faq?x=1 ou mailto:a@b.fr"),
                arguments("fr", "voir https://exemple.fr/faq?", "voir https://exemple.fr/faq?"),
                arguments("fr", "voir https://exemple.fr/l'arbre", "voir https://exemple.fr/l'arbre"),
                arguments("fr", "voir www.exemple.fr/a:b", "voir www.exemple.fr/a:b"),
                arguments("fr", "échappé\\: ici", "échappé: ici"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("untouchedInline")
    void codeHtmlAndUrlsAreLeftUntouched(String language, String markdown, String html) {
        assertRenders(language, markdown, html);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    void codeBlocksAndHtmlBlocksAreLeftUntouched(String language) {
        String markdown = "```\nx : \"y\" l'z\n```\n\n    a ; 'b'\n\n<div title=\"a : b\">\n\"c\" d'e\n</div>\n";
        String html = "<pre><code>x : &quot;y&quot; l'z\n</code></pre>\n"
                + "<pre><code>a ; 'b'\n</code></pre>\n"
                + "<div title=\"a : b\">\n\"c\" d'e\n</div>\n";
        assertEquals(html, render(language, markdown));
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                arguments("un rapport de 9:1", "un rapport de 9:1"),
                arguments("à 10:30 précises", "à 10:30 précises"),
                arguments("std::vector et a::b", "std::vector et a::b"),
                arguments("Note ::", "Note␣::"),
                arguments("à 10h30: fin", "à 10h30␣: fin"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbers")
    void colonsInsideNumbersAndWordsAreLeftUntouched(String markdown, String html) {
        assertRenders("fr", markdown, html);
    }

    static Stream<Arguments> frenchNoBreakSpaces() {
        return Stream.of(
                arguments("le 20 décembre 2024", "le 20~décembre 2024"),
                arguments("du 19 au 20 novembre", "du 19 au 20~novembre"),
                arguments("le 1er août 2024", "le 1<sup>er</sup>~août 2024"),
                arguments("le 01 mai", "le 01~mai"),
                arguments("en mai 2019, 2 mai", "en mai 2019, 2~mai"),
                arguments("l'affaire (n° 25-7380)", "l’affaire (n°~25-7380)"),
                arguments("les nos 1 et 2, N° 3", "les nos 1 et 2, N°~3"),
                arguments("18 U.S.C. § 1030", "18 U.S.C. §~1030"),
                arguments("environ 4 millions de dollars", "environ 4~millions de dollars"),
                arguments("1,77 million, 2 milliards", "1,77~million, 2~milliards"),
                arguments("444␣719 dollars", "444␣719~dollars"),
                arguments("43 fois, 25 pages, 45 jours, 5 ans, 1 an", "43~fois, 25~pages, 45~jours, 5~ans, 1~an"),
                arguments("à 30 %", "à 30~%"),
                arguments("deux  espaces : 12  jours", "deux  espaces␣: 12~jours"),
                arguments("le 32 mai, 3 maisons, 2 années", "le 32 mai, 3 maisons, 2 années"),
                arguments("9 pour 1, 6 voix", "9 pour 1, 6 voix"),
                arguments("`le 20 décembre`", "<code>le 20 décembre</code>"),
                arguments("voir https://x.fr/1er mai", "voir https://x.fr/1er mai"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frenchNoBreakSpaces")
    void frenchWordsThatBelongTogetherGetANoBreakSpace(String markdown, String html) {
        assertRenders("fr", markdown, html);
    }

    static Stream<Arguments> frenchOrdinals() {
        return Stream.of(
                arguments("le 1er amendement", "le 1<sup>er</sup> amendement"),
                arguments("la 1re chambre, les 1ers jours", "la 1<sup>re</sup> chambre, les 1<sup>ers</sup> jours"),
                arguments("au 1er : la suite", "au 1<sup>er</sup>␣: la suite"),
                arguments("11er, 1ere, 21er, 2e", "11er, 1ere, 21er, 2e"),
                arguments("https://x.fr/le-1er-mai", "https://x.fr/le-1er-mai"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frenchOrdinals")
    void frenchFirstIsWrittenWithARaisedSuffix(String markdown, String html) {
        assertRenders("fr", markdown, html);
    }

    static Stream<Arguments> englishNoBreakSpaces() {
        return Stream.of(
                arguments("18 U.S.C. § 1030 and ¶ 12", "18 U.S.C. §~1030 and ¶~12"),
                arguments("on 20 December 2024, 1 May", "on 20 December 2024, 1 May"),
                arguments("4 millions, 43 fois, no. 3, n° 4, 1er", "4 millions, 43 fois, no. 3, n° 4, 1er"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishNoBreakSpaces")
    void englishGetsANoBreakSpaceAfterTheSectionSignOnly(String markdown, String html) {
        assertRenders("en", markdown, html);
    }

    static Stream<Arguments> english() {
        return Stream.of(
                arguments("Note: the court; the law! Really?", "Note: the court; the law! Really?"),
                arguments("spaced : as typed ?", "spaced : as typed ?"),
                arguments("« quoted »", "« quoted »"),
                arguments("at 10:30", "at 10:30"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("english")
    void englishTextIsUntouchedByFrenchRules(String markdown, String html) {
        assertRenders("en", markdown, html);
    }

    @Test
    void regionalVariantFollowsItsLanguage() {
        assertRenders("fr-CA", "Quoi?", "Quoi␣?");
        assertRenders("en-US", "Why?", "Why?");
    }

    @Test
    void unknownLanguageIsRejectedNamingTheOption() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> render("de", "x"));
        assertTrue(error.getMessage().contains("TypographyExtension.LANGUAGE"), error.getMessage());
        assertTrue(error.getMessage().contains("\"de\""), error.getMessage());
    }

    @Test
    void frenchDocumentWithEveryRuleRendersInOnePass() {
        String markdown = "## Le *CFAA* : qu'est-ce que c'est?\n\nSelon la cour, \"l'accès\" était «non autorisé»!\n";
        String html = "<h2>Le <em>CFAA</em>␣: qu’est-ce que c’est␣?</h2>\n"
                + "<p>Selon la cour, «␣l’accès␣» était «␣non autorisé␣»␣!</p>\n";
        assertEquals(visible(html), render("fr", markdown));
    }
}
