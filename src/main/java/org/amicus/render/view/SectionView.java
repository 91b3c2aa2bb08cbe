package org.amicus.render.view;

import java.util.List;

/**
 * The section the current page is in: a first folder of the language with its own {@code _index.md}.
 *
 * @param home  the section's home, its {@code _index.md}
 * @param pages the section's other pages, its subfolders' included, by weight then title
 */
public record SectionView(PageCard home, List<PageCard> pages) {
}
