package org.amicus.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.amicus.config.Language;
import org.amicus.data.PartialDate;
import org.amicus.markdown.typography.TypographyExtension;
import org.amicus.render.view.DateView;

/**
 * Dates as readers of each language write them: December 20, 2024 in the United States; in French, with the language's typography,
 * 20&#xA0;décembre 2024 and 1<sup>er</sup>&#xA0;mai 2025 (a no-break space between the day and the month).
 */
public final class Dates {

    private Dates() {
    }

    /** As plain text: {@code 1er\u00A0mai 2025}, for attributes, SVG titles and feeds. */
    public static String format(LocalDate date, Language language) {
        return typeset(words(date, language), language);
    }

    /** A date known to the day, or only to the month: "May 2019", "mai 2019". */
    public static String format(PartialDate date, Language language) {
        return typeset(words(date, language), language);
    }

    /** The template form of a partial date: {@code {iso: "2019-05", text: "May 2019", dayKnown: false}}. */
    public static DateView view(PartialDate date, Language language) {
        return view(date.iso(), words(date, language), date.dayKnown(), language);
    }

    /** The template form of a date: {@code {iso: "2024-12-20", text: "20 December 2024", dayKnown: true}}. */
    public static DateView view(LocalDate date, Language language) {
        return view(date.toString(), words(date, language), true, language);
    }

    private static DateView view(String iso, String words, boolean dayKnown, Language language) {
        TemplateHTMLOutputModel html = TypographyExtension.supports(language.key())
                ? Markup.of(TypographyExtension.typesetHtml(language.key(), words)) : Markup.escaping(words);
        return new DateView(iso, typeset(words, language), html, dayKnown);
    }

    private static String words(LocalDate date, Language language) {
        String text = language.dateFormatter().format(date);
        // French writes the first day of a month as an ordinal: « 1er décembre ».
        if (language.javaLocale().getLanguage().equals("fr") && date.getDayOfMonth() == 1
                && text.startsWith("1 ")) {
            return "1er " + text.substring(2);
        }
        return text;
    }

    private static String words(PartialDate date, Language language) {
        if (date.dayKnown()) {
            return words(date.date(), language);
        }
        return DateTimeFormatter.ofPattern("MMMM uuuu", language.javaLocale()).format(date.date());
    }

    private static String typeset(String words, Language language) {
        return TypographyExtension.supports(language.key()) ? TypographyExtension.typeset(language.key(), words)
                : words;
    }
}
