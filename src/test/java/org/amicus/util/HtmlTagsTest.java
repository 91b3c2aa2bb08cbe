package org.amicus.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.amicus.RealSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tags read like a browser's tokenizer reads them: each case an HTML text and the tags it holds. */
class HtmlTagsTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("plain tags, names lower-cased",
                        "<P Class=x>a</P>",
                        List.of("<p class=x @1>", "</p @1>")),
                Arguments.of("quoted, unquoted and missing values; the line where each value starts",
                        "<a href='/a/'\n title=\"two\nlines\" data-x=y hidden>",
                        List.of("<a href=/a/ @1 title=two\nlines @2 data-x=y @3 hidden= @1>")),
                Arguments.of("character references in values are decoded",
                        "<a href=\"/s?a=1&amp;b=2\" title=\"&eacute;t&#233;\">",
                        List.of("<a href=/s?a=1&b=2 @1 title=été @1>")),
                Arguments.of("the first of two attributes of one name counts",
                        "<a id=one ID=two>",
                        List.of("<a id=one @1>")),
                Arguments.of("comments, a doctype and processing instructions hold no tags",
                        "<!DOCTYPE html><!-- <a id=x> --><!--><p><!---><?php <b> ?><i>",
                        List.of("<p @1>", "<i @1>")),
                Arguments.of("a comment also ends at --!>",
                        "<!-- <a id=x> --!><b>",
                        List.of("<b @1>")),
                Arguments.of("script, style, title and textarea hold text, not tags",
                        "<script>if (a<b) x = '<a id=q>';</script><title><b></title><textarea><i></TEXTAREA><u>",
                        List.of("<script @1>", "</script @1>", "<title @1>", "</title @1>", "<textarea @1>",
                                "</textarea @1>", "<u @1>")),
                Arguments.of("a < that opens no tag is text",
                        "a < b <3 <a id=z>",
                        List.of("<a id=z @1>")),
                Arguments.of("CDATA is text up to ]]> inside svg, a comment up to > elsewhere",
                        "<svg><![CDATA[<a id=in>]]></svg><![CDATA[ x ]]><b id=out><![CDATA[<i id=gone>]]>",
                        List.of("<svg @1>", "</svg @1>", "<b id=out @1>")),
                Arguments.of("an end tag's attributes are dropped; </> is nothing",
                        "</a id=x></>",
                        List.of("</a @1>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void readsTheTagsOfAText(String what, String html, List<String> tags) {
        assertEquals(tags, tags(html));
    }

    /**
     * jsoup, which builds the document a browser would, sees the same attributes with the same values and lines
     * in every page of the real site. (jsoup gives SVG's attributes their camel case, {@code viewBox}, as
     * browsers do; names are compared in lower case, the case the link check reads them in.)
     */
    @Test
    void everyPageOfTheRealSiteReadsAsJsoupParsesIt() throws IOException {
        for (Path page : RealSite.pages(RealSite.out())) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            List<String> jsoup = new ArrayList<>();
            for (Element element : Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true))
                    .getAllElements()) {
                if (element.attributesSize() > 0) {
                    StringBuilder tag = new StringBuilder("<" + element.normalName());
                    for (Attribute attribute : element.attributes()) {
                        Range.Position start = element.attributes().sourceRange(attribute.getKey()).valueRange().start();
                        int line = start.isTracked() ? start.lineNumber() : element.sourceRange().start().lineNumber();
                        tag.append(' ').append(attribute.getKey().toLowerCase(Locale.ROOT)).append('=').append(attribute.getValue())
                                .append(" @").append(line);
                    }
                    jsoup.add(tag.append('>').toString());
                }
            }
            List<String> ours = tags(html).stream().filter(t -> t.contains("=")).toList();
            assertEquals(jsoup, ours, page.toString());
        }
    }

    @Test
    void aScanForSomeAttributesGivesTheirValuesAndLinesOnly() {
        String html = "<a class=\"x y\" title='a > b'\n href=\"/a/?b=1&amp;c=2\" data-href=no id=one ID=two>"
                + "<p style=\"color: red\">t</p><img\nsrc=/i.png alt=\"&lt;\">";
        assertEquals(List.of("<a href=/a/?b=1&c=2 @2 id=one @2>", "<p @2>", "</p @2>", "<img src=/i.png @3>"),
                tags(html, Set.of("href", "id", "src")));
    }

    /** A scan for some attributes reads each page of the real site as the whole scan does, less the others. */
    @Test
    void aScanForSomeAttributesReadsTheRealSiteAsTheWholeScanDoes() throws IOException {
        Set<String> wanted = Set.of("id", "name", "href", "src", "srcset");
        for (Path page : RealSite.pages(RealSite.out())) {
            String html = Files.readString(page, StandardCharsets.UTF_8);
            List<String> whole = new ArrayList<>();
            HtmlTags.scan(html, tag -> tag.attributes().stream().filter(a -> wanted.contains(a.name()))
                    .forEach(a -> whole.add(tag.name() + " " + a + " " + tag.start() + "-" + tag.end())));
            List<String> some = new ArrayList<>();
            HtmlTags.scan(html, wanted, tag -> tag.attributes()
                    .forEach(a -> some.add(tag.name() + " " + a + " " + tag.start() + "-" + tag.end())));
            assertEquals(whole, some, page.toString());
        }
    }

    /** Each tag as {@code <name attribute=value @line …>} or {@code </name @line>}. */
    private static List<String> tags(String html) {
        return tags(html, null);
    }

    /** The same, each tag with only the attributes {@code wanted} names, or with all when it is null. */
    private static List<String> tags(String html, Set<String> wanted) {
        List<String> tags = new ArrayList<>();
        Consumer<HtmlTags.Tag> visitor = tag -> {
            StringBuilder text = new StringBuilder(tag.isEnd() ? "</" : "<").append(tag.name());
            for (HtmlTags.Attribute attribute : tag.attributes()) {
                text.append(' ').append(attribute.name()).append('=').append(attribute.value()).append(" @")
                        .append(attribute.line());
            }
            if (tag.attributes().isEmpty()) {
                text.append(" @").append(tag.line());
            }
            tags.add(text.append('>').toString());
        };
        if (wanted == null) {
            HtmlTags.scan(html, visitor);
        } else {
            HtmlTags.scan(html, wanted, visitor);
        }
        return tags;
    }
}
