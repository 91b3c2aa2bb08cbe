package org.amicus.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextWriterTest {

    @Test
    void holdsWhatEachKindOfWriteGaveInOrder() {
        TextWriter out = new TextWriter(2);
        out.write('«');
        out.write(new char[] {'x', 'a', 'b', 'y'}, 1, 2);
        out.write("c’est");
        out.write("--dé--", 2, 2);
        out.append("ef").append("xghx", 1, 3).append('»');
        assertEquals("«abc’estdéefgh»", out.toString());
    }
}
