package org.amicus.markdown;

/** One line of a page's table of contents. */
public record TocEntry(int level, String id, String text) {
}
