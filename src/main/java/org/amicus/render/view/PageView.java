package org.amicus.render.view;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * A page as templates see it; built once per page. Optional values are null: {@code summary}, {@code image},
 * {@code date}, {@code updated}, {@code reviewed}, {@code fallbackFrom} (on a fallback page only),
 * {@code translationStatus} (on a translation only), {@code search} (on a {@code layout: search} page only).
 *
 * @param content     the rendered Markdown, already HTML
 * @param permalink   absolute URL, for {@code rel=canonical}; a fallback page's is its original's
 * @param alternates  for {@code hreflang}: every real language version, this one included
 * @param xDefault    absolute URL for {@code hreflang="x-default"}: the default-language version, or {@code /}
 * @param jsonLd      the page's JSON-LD, safe inside {@code <script type="application/ld+json">}
 * @param changes     the changes of changes.yaml that touched this page, newest first
 * @param guideUrl    on a part of the explainer (an ordinary page or the home), the page of the whole guide in
 *                    this language ({@code layout: guide}); null elsewhere, or when the language has none
 * @param guide       on the page of the whole guide, every part in menu order; empty elsewhere
 * @param part        on a part of the explainer, its place among the parts of its language; null elsewhere
 */
public record PageView(String title, String description, String summary, TemplateHTMLOutputModel content, List<TocItem> toc,
                       String url, String permalink, String lang, String locale, String layout, boolean isHome,
                       boolean isFallback, int weight, List<String> tags, String image, DateView date,
                       DateView updated, DateView reviewed, int readingMinutes, List<TranslationLink> translations,
                       List<MissingTranslation> missingTranslations, List<Alternate> alternates, String xDefault,
                       FallbackSource fallbackFrom, List<CitationView> citations,
                       TranslationStatusView translationStatus, TemplateHTMLOutputModel jsonLd, SearchView search,
                       List<ChangeView> changes, String guideUrl, List<GuideChapter> guide,
                       PartPosition part) {

    /** The same page with the parts of the whole guide, which only its own page shows. */
    public PageView withGuide(List<GuideChapter> chapters) {
        return new PageView(title, description, summary, content, toc, url, permalink, lang, locale, layout, isHome,
                isFallback, weight, tags, image, date, updated, reviewed, readingMinutes, translations,
                missingTranslations, alternates, xDefault, fallbackFrom, citations, translationStatus, jsonLd, search,
                changes, guideUrl, chapters, part);
    }
}
