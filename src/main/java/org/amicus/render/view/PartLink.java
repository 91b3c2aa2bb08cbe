package org.amicus.render.view;

/**
 * One part of the explainer (its home or an ordinary page), for the header's list of parts and for the links
 * from one part to the next: the reader of a long guide needs to see where they are and where to go on.
 *
 * @param number its place among the parts of its language, from 1, in menu order
 * @param label  its title up to the first colon ({@code The case} for "The case: who sued NSO Group, and why?"),
 *               short enough for the header; the whole title when it has no colon
 */
public record PartLink(int number, String title, String label, String url) {
}
