package org.amicus.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.stream.Stream;
import org.amicus.render.view.DataView;
import org.amicus.render.view.DateView;
import org.amicus.render.view.FigureView;
import org.amicus.render.view.GlossaryEntry;
import org.amicus.render.view.SourceView;
import org.amicus.render.view.TimelineEventView;

/**
 * A page's reading time, from the words its reader sees: its Markdown, and on the pages made from data the
 * entries the layout lists — each term of the glossary (term, short and long definitions, related terms), each
 * event of the timeline (date, title, text) and each source of the sources page (title, issuer, date, docket) —
 * and the figures drawn from data the page shows (title, takeaway, the drawing's words, source line).
 * Citation markers, the Sources list at the end of a page and the hidden text of glossary links are not read.
 * A word is a run of letters or digits, as {@code MarkdownProcessor} counts them.
 */
final class ReadingTime {

    /** Readers' average pace. */
    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    /** Whole minutes, rounded to the nearest, at least 1. */
    static int minutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE);
    }

    /**
     * The words the page of this layout shows from the data files, besides its Markdown: the entries it lists, and
     * the figure it draws (the damages on the home page, the overview on the timeline's).
     */
    static int dataWords(String layout, DataView data) {
        return switch (layout) {
            case "home" -> words(data.damages());
            case "glossary" -> data.glossary().stream().mapToInt(ReadingTime::words).sum();
            case "timeline" -> data.timeline().stream().mapToInt(ReadingTime::words).sum() + words(data.overview());
            case "sources" -> data.sources().stream().mapToInt(ReadingTime::words).sum();
            default -> 0;
        };
    }

    private static int words(GlossaryEntry term) {
        return words(term.term()) + words(term.shortDefinition()) + words(term.longDefinition())
                + term.related().stream().mapToInt(related -> words(related.term())).sum();
    }

    private static int words(TimelineEventView event) {
        return words(event.date()) + words(event.title()) + words(event.text());
    }

    private static int words(SourceView source) {
        return Stream.of(source.title(), source.issuer(), source.docket()).mapToInt(ReadingTime::words).sum()
                + words(source.date());
    }

    private static int words(FigureView figure) {
        return figure == null ? 0 : figure.words();
    }

    private static int words(DateView date) {
        return date == null ? 0 : words(date.text());
    }

    private static int words(TemplateHTMLOutputModel html) {
        if (html == null) {
            return 0;
        }
        try {
            return words(HTMLOutputFormat.INSTANCE.getMarkupString(html));
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e); // never thrown for HTML made in Java
        }
    }

    /** The words of a text or of HTML: the tags and character references of HTML separate words, and are not ones. */
    static int words(String text) {
        if (text == null) {
            return 0;
        }
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int skipTo = c == '<' ? text.indexOf('>', i) : c == '&' ? reference(text, i) : -1;
            if (skipTo > i) {
                i = skipTo;
                inWord = false;
                continue;
            }
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /** The end of the character reference ({@code &amp;}, {@code &#x202F;}) at {@code at}, or -1. */
    private static int reference(String text, int at) {
        int end = text.indexOf(';', at);
        return end > at && end - at <= 10 && text.substring(at + 1, end).matches("#?[A-Za-z0-9]+") ? end : -1;
    }
}
