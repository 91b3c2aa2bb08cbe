package org.amicus.yaml;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.amicus.diagnostic.Suggestions;

/**
 * A rule a text must follow beyond being text: a pattern, one of a few words, or a test. It says what is wrong
 * and how to fix it, and how an editor can check the same thing as JSON Schema.
 *
 * @param problem what is wrong, with {@code %s} where the value goes: {@code "layout %s is not a template name"}
 * @param json    the JSON Schema keywords that check the same in an editor ({@code pattern} or {@code enum});
 *                a test that a pattern cannot express exactly is approximated there and checked here
 */
public record Check(Predicate<String> test, String problem, String hint, List<String> values,
                    Map<String, Object> json) {

    /** The whole text must match {@code regex}; the regex is written so that Java and JavaScript read it alike. */
    public static Check pattern(String regex, String problem, String hint) {
        Pattern compiled = Pattern.compile(regex);
        return new Check(text -> compiled.matcher(text).matches(), problem, hint, List.of(),
                Map.of("pattern", "^(?:" + regex + ")$"));
    }

    /** The text must be one of {@code values}, exactly as written there; a near miss gets a suggestion. */
    public static Check oneOf(List<String> values, String problem, String hint) {
        return new Check(values::contains, problem, hint, List.copyOf(values), Map.of("enum", List.copyOf(values)));
    }

    /** A test the editor approximates with {@code jsonPattern}. */
    public static Check that(Predicate<String> test, String jsonPattern, String problem, String hint) {
        return new Check(test, problem, hint, List.of(), Map.of("pattern", jsonPattern));
    }

    /** Reports {@code value} on the line of {@code entry} when it breaks this rule. */
    boolean accepts(YamlReader yaml, YamlEntry entry, String value) {
        if (test.test(value)) {
            return true;
        }
        String suggestion = Suggestions.didYouMean(value, values);
        // A date in the right form that cannot be (2026-02-30) says why, wherever a rule refused it.
        String why = ImpossibleDates.why(value).map(reason -> ": " + reason).orElse("");
        yaml.invalid(entry, problem.formatted("`" + value + "`") + why,
                suggestion.isEmpty() ? hint : suggestion + " " + hint);
        return false;
    }
}
