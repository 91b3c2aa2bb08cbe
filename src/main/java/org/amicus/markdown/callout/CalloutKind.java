package org.amicus.markdown.callout;

import java.util.Locale;
import java.util.Optional;

/** The five GitHub alert kinds, in the order GitHub documents them, and our own box for key figures. */
public enum CalloutKind {
    NOTE("Note"),
    TIP("Tip"),
    IMPORTANT("Important"),
    WARNING("Warning"),
    CAUTION("Caution"),
    /** {@code [!FIGURES]}: the key figures of a page, set apart in a box. */
    FIGURES("Key figures");

    private final String englishTitle;

    CalloutKind(String englishTitle) {
        this.englishTitle = englishTitle;
    }

    /** The lowercase name used in {@link CalloutExtension#TITLES} keys and in the CSS class: "note". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String englishTitle() {
        return englishTitle;
    }

    /** The kind named in a marker like [!Note], ignoring case; empty for a name GitHub does not know. */
    public static Optional<CalloutKind> fromName(String name) {
        for (CalloutKind kind : values()) {
            if (kind.name().equalsIgnoreCase(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
