package org.amicus.markdown;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A range of a String or of a char[] gives the characters flexmark reads in it, U+0000 read as U+FFFD. */
class SequenceTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain text", "l’été « oui »", "a\u0000b", "\u0000"})
    void rangesOfAStringAndOfAnArrayReadAsFlexmarkReadsThem(String text) {
        String page = "<" + text + ">";
        for (BasedSequence base : List.of(BasedSequence.of(page), CharSubSequence.of(page.toCharArray(), 0,
                page.length()))) {
            BasedSequence range = base.subSequence(1, page.length() - 1);
            String read = range.toString();

            assertEquals(text.replace('\u0000', '\uFFFD'), read);
            assertEquals(read, SequenceText.of(range));
            assertArrayEquals(read.toCharArray(), SequenceText.array(range));
        }
    }
}
