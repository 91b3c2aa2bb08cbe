package org.amicus;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property tests with seeded random inputs: the same inputs on every run and every machine, and a failure that names
 * the seed and the input, to keep as an example test once the bug is fixed.
 */
public final class Generated {

    private Generated() {
    }

    /** Checks {@code property} on {@code tries} inputs, the n-th made by {@code input} from {@code new Random(seed + n)}. */
    public static <T> void forEach(long seed, int tries, Function<Random, T> input, Consumer<T> property) {
        for (int n = 0; n < tries; n++) {
            T value = input.apply(new Random(seed + n));
            try {
                property.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + (seed + n) + ", input «" + printable(value) + "»: " + e.getMessage(),
                        e);
            }
        }
    }

    /** Up to {@code max} pieces drawn at random, joined by {@code between}. */
    public static String pieces(Random random, String[] pieces, int max, String between) {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(max + 1);
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : between).append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    /** Characters that would not show in a report written as escapes ({@code \n}, {@code \u0000}). */
    private static String printable(Object value) {
        StringBuilder out = new StringBuilder();
        String.valueOf(value).codePoints().forEach(c -> out.append(c == '\n' ? "\\n" : c == '\r' ? "\\r"
                : c == '\t' ? "\\t" : Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                ? String.format("\\u%04X", c) : Character.toString(c)));
        return out.toString();
    }
}
