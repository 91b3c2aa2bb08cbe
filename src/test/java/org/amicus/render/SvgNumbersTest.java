package org.amicus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A figure's coordinates are written as {@code String.format("%.1f")} writes them, less a trailing ".0". */
class SvgNumbersTest {

    private static String formatted(double value) {
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "");
    }

    @Test
    void writesWholeNumbersWithoutATenthAndRoundsHalvesUp() {
        assertEquals("12", Svg.n(12.0));
        assertEquals("12.5", Svg.n(12.46));
        assertEquals("0.2", Svg.n(0.15)); // 0.15 is 0.1499999… in binary; Java's %.1f rounds its shortest digits
        assertEquals("-0", Svg.n(-0.04));
        assertEquals("-0", Svg.n(-0.0));
        assertEquals("-3.3", Svg.n(-3.25));
    }

    @Test
    void givesWhatStringFormatGivesForAMillionCoordinates() {
        Random random = new Random(11);
        for (int i = 0; i < 1_000_000; i++) {
            double value = switch (i % 4) {
                case 0 -> (random.nextDouble() - 0.5) * 2_000;
                case 1 -> Math.round((random.nextDouble() - 0.5) * 20_000) / 100.0 + (i % 8 == 1 ? 0.05 : 0);
                case 2 -> (random.nextInt(4_000) - 2_000) / 20.0;
                default -> random.nextDouble() * Math.pow(10, random.nextInt(9) - 3);
            };
            assertEquals(formatted(value), Svg.n(value), "for " + value);
        }
        for (double special : new double[] {0.0, -0.0, 0.05, -0.05, 0.95, 9.95, 99.95, 1e-9, -1e-9, 1e15}) {
            assertEquals(formatted(special), Svg.n(special), "for " + special);
        }
    }
}
