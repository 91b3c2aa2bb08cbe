package org.amicus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.amicus.util.Spaces;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * A page body cut at its headings into the text a reader sees: what search finds, quotes and links to. A
 * glossary term's definition (a tooltip until asked for), citation and footnote markers ({@code [12]}) and
 * whatever is hidden or for screen readers only are left out, so a snippet never quotes words the page does not
 * show where they are.
 */
final class Sections {

    /** One stretch of a page: a heading (none before the first) and the text up to the next heading. */
    record Section(String id, String heading, String text) {
    }

    private static final String NOT_SHOWN = "[hidden], [aria-hidden=true], [role=tooltip], .visually-hidden, "
            + "sup.citation, .footnote-ref, .footnote-backref, script, style, template";
    private static final Pattern HEADING = Pattern.compile("h[1-6]");

    private Sections() {
    }

    /**
     * The sections of a body in reading order; the first has no heading (id and heading empty) and holds the text
     * before the first heading, and is left out when there is none. A heading without an id cannot be linked
     * to, so its words join the section it is in.
     */
    static List<Section> of(String bodyHtml) {
        Element body = Jsoup.parseBodyFragment(bodyHtml).body();
        body.select(NOT_SHOWN).remove();
        Cutter cutter = new Cutter();
        body.filter(cutter);
        return cutter.finish();
    }

    /** Walks the body once, starting a section at each heading with an id. */
    private static final class Cutter implements NodeFilter {
        private final List<Section> sections = new ArrayList<>();
        private String id = "";
        private final StringBuilder heading = new StringBuilder();
        private final StringBuilder text = new StringBuilder();
        /** The heading being read, while its words go to {@code heading}. */
        private Element inHeading;

        @Override
        public FilterResult head(Node node, int depth) {
            StringBuilder words = inHeading == null ? text : heading;
            if (node instanceof TextNode textNode) {
                words.append(textNode.getWholeText());
            } else if (node instanceof Element element) {
                if (inHeading == null && HEADING.matcher(element.normalName()).matches() && !element.id().isEmpty()) {
                    close();
                    id = element.id();
                    inHeading = element;
                } else if (element.isBlock() || element.normalName().equals("br")) {
                    words.append(' ');
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node == inHeading) {
                inHeading = null;
            } else if (node instanceof Element element && element.isBlock()) {
                (inHeading == null ? text : heading).append(' ');
            }
            return FilterResult.CONTINUE;
        }

        private void close() {
            String words = collapse(text.toString());
            String title = collapse(heading.toString());
            if (!title.isEmpty() || !words.isEmpty()) {
                sections.add(new Section(id, title, words));
            }
            heading.setLength(0);
            text.setLength(0);
        }

        List<Section> finish() {
            close();
            return List.copyOf(sections);
        }
    }

    /**
     * Runs of spaces and line breaks as one space; no-break spaces, which French typography puts, stay; word
     * joiners, which keep a citation marker with its word, go with the marker.
     */
    private static String collapse(String text) {
        return Spaces.collapsed(text.replace("\u2060", ""));
    }
}
