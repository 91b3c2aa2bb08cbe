package org.amicus.markdown.citation;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.amicus.markdown.typography.ClauseEnd;

/**
 * {@code [@key]} or {@code [@key, p. 12]} in the text: a reference to a source, numbered in the order a reader
 * meets the sources of the page.
 */
public final class Citation extends Node implements DoNotDecorate, ClauseEnd {

    private final String key;
    private final String pinpoint;
    private int number;
    private String id = "";

    public Citation(BasedSequence chars, String key, String pinpoint) {
        super(chars);
        this.key = key;
        this.pinpoint = pinpoint;
    }

    public String getKey() {
        return key;
    }

    /** The part after the comma ({@code p. 12}), or empty. */
    public String getPinpoint() {
        return pinpoint;
    }

    /** 1 for the page's first source; 0 while unnumbered or when the key is unknown. */
    public int getNumber() {
        return number;
    }

    /** This citation's own element id, the target of the Sources list's back-links. */
    public String getId() {
        return id;
    }

    void number(int number, String id) {
        this.number = number;
        this.id = id;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
