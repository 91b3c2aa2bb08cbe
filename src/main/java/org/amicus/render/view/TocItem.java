package org.amicus.render.view;

/** A heading of level 2 or 3, for the table of contents. */
public record TocItem(int level, String id, String text) {
}
