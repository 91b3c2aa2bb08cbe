package org.amicus.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.amicus.render.view.TemplateRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's template reference ("### The model") against the records templates receive: each {@code ####}
 * table names a variable ({@code `page.translations[]`}; none for the root) and lists exactly its fields, and
 * every record a template can reach has its table. So a field cannot be documented and missing, or present and
 * undocumented.
 */
class TemplateReferenceTest {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    /** The one function, a FreeMarker shared variable rather than a field of the root. */
    private static final String STATIC = "static";

    /** A table of the reference: the variable its heading names ("" for the root) and the fields it lists. */
    record Table(String variable, Set<String> fields) {
        @Override
        public String toString() {
            return variable.isEmpty() ? "every template" : variable;
        }
    }

    static List<Table> tables() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n### The model\n");
        assertTrue(start >= 0, "README.md has no `### The model` section");
        int end = readme.indexOf("\n## ", start);
        List<Table> tables = new ArrayList<>();
        for (String block : readme.substring(start, end).split("\n#### ")) {
            if (block.startsWith("\n### The model")) {
                continue;
            }
            String heading = block.lines().findFirst().orElseThrow();
            Matcher named = CODE.matcher(heading);
            Set<String> fields = new TreeSet<>();
            block.lines().filter(line -> line.startsWith("| `")).forEach(line -> {
                Matcher code = CODE.matcher(line.split("\\|")[1]);
                while (code.find()) {
                    fields.add(code.group(1).replaceAll("\\(.*\\)$", ""));
                }
            });
            tables.add(new Table(named.find() ? named.group(1) : "", fields));
        }
        return tables;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void eachTableListsExactlyTheFieldsOfItsVariable(Table table) {
        Set<String> fields = new TreeSet<>(fieldsOf(typeOf(table.variable())));
        if (table.variable().isEmpty()) {
            fields.add(STATIC);
        }
        assertEquals(fields, table.fields(), "README.md, the table of `" + table + "`: fix it to list the fields of "
                + typeOf(table.variable()).getSimpleName());
    }

    @Test
    void everyViewATemplateCanReachHasOneTable() throws IOException {
        Map<Class<?>, List<String>> documented = new LinkedHashMap<>();
        for (Table table : tables()) {
            documented.computeIfAbsent(typeOf(table.variable()), t -> new ArrayList<>()).add(table.toString());
        }
        Set<Class<?>> reachable = new LinkedHashSet<>();
        collect(TemplateRoot.class, reachable);

        assertEquals(reachable.stream().map(Class::getSimpleName).sorted().toList(),
                documented.keySet().stream().map(Class::getSimpleName).sorted().toList());
        documented.forEach((type, tables) -> assertEquals(1, tables.size(),
                type.getSimpleName() + " has several tables in README.md: " + tables + "; keep one, refer to it"));
    }

    /** The record a variable's path leads to: {@code page.translations[]} → TranslationLink. */
    private static Class<?> typeOf(String variable) {
        Class<?> type = TemplateRoot.class;
        if (variable.isEmpty()) {
            return type;
        }
        for (String step : variable.split("\\.")) {
            boolean element = step.endsWith("[]");
            String name = element ? step.substring(0, step.length() - 2) : step;
            Class<?> owner = type;
            RecordComponent component = Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("README.md documents `" + variable + "`, but "
                            + owner.getSimpleName() + " has no field `" + name + "`"));
            type = element ? elementType(component.getGenericType()) : component.getType();
        }
        return type;
    }

    private static Set<String> fieldsOf(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }

    private static void collect(Class<?> type, Set<Class<?>> reachable) {
        if (!type.isRecord() || !reachable.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Type generic = component.getGenericType();
            collect(List.class.equals(component.getType()) ? elementType(generic) : component.getType(), reachable);
        }
    }

    private static Class<?> elementType(Type list) {
        return Stream.of(((ParameterizedType) list).getActualTypeArguments()).map(Class.class::cast).findFirst()
                .orElseThrow();
    }
}
