package org.amicus.render.view;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * A change of changes.yaml: {@code kind} is {@code update} or {@code correction}; {@code title} and {@code text} are
 * HTML with their emphasis; {@code url} (its entry in the log of the About page) is null when the site has no
 * {@code layout: about} page.
 */
public record ChangeView(String id, DateView date, String kind, boolean isCorrection, TemplateHTMLOutputModel title,
                         TemplateHTMLOutputModel text,
                         String url, List<ChangedPage> pages) {

    /** A page the change touched, in the current language. */
    public record ChangedPage(String title, String url) {
    }
}
