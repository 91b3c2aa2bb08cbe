package org.amicus.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.amicus.config.Language;
import org.amicus.data.SiteData;
import org.amicus.render.view.DataView;

/**
 * Views that a long-lived build ({@code serve}) keeps for the next while what they are made of stays the same: the
 * views of the data files in each language (glossary, timeline, sources, figures), and each part's HTML as the
 * guide page shows it. A page save then does not make them again, and the comparison of page models finds them
 * equal at once, being the same objects. Use one with a single typesetter: the data views hold its texts. A
 * one-off build uses a fresh one.
 */
public final class ViewMemos {

    /** All the data views of a language depend on, the typesetter aside. */
    private record DataInput(SiteData data, Language language, DataModels.Pages pages, Map<String, String> strings) {
    }

    /**
     * The data views as made, and the figures drawn from data that pages place in their text, by name; the views'
     * {@code changes}, which show pages' titles, are made at every build.
     */
    record Data(DataModels models, DataView view, Map<String, DrawnFigure.InText> figures) {
    }

    /** All a part's HTML on the guide page depends on: the guide's parts, the part, and its body. */
    private record GuideInput(Map<String, String> partUrls, String chapter, String html) {
    }

    private final Map<String, Map.Entry<DataInput, Data>> data = new ConcurrentHashMap<>();
    /** The guide contents made by the last build, and those of this one. */
    private volatile Map<GuideInput, String> lastGuide = Map.of();
    private volatile Map<GuideInput, String> guide = new ConcurrentHashMap<>();

    /** Starts a build: the guide contents it does not use are forgotten at the start of the next. */
    synchronized void start() {
        lastGuide = guide;
        guide = new ConcurrentHashMap<>();
    }

    /** The last build's data views of {@code language} when their input is the same, else {@code make}'s. */
    Data data(SiteData siteData, Language language, DataModels.Pages pages, Map<String, String> strings,
              Function<DataModels, Data> make, DataModels models) {
        DataInput input = new DataInput(siteData, language, pages, strings);
        Map.Entry<DataInput, Data> last = data.get(language.key());
        if (last != null && last.getKey().equals(input)) {
            return last.getValue();
        }
        Data made = make.apply(models);
        data.put(language.key(), Map.entry(input, made));
        return made;
    }

    /** A part's HTML on the guide page as the last build made it when its input is the same, else {@code make}'s. */
    String guideContent(Map<String, String> partUrls, String chapter, String html, Supplier<String> make) {
        GuideInput input = new GuideInput(partUrls, chapter, html);
        String content = lastGuide.get(input);
        if (content == null) {
            content = make.get();
        }
        guide.put(input, content);
        return content;
    }
}
