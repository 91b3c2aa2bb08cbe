package org.amicus.build;

import freemarker.core.TemplateMarkupOutputModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether two template models would render the same: records compared component by component, lists and maps
 * element by element, and FreeMarker's markup values (a page's HTML body), which have no {@code equals}, by their
 * markup. Anything else by {@code equals}, so an object without one (a function) is only equal to itself, and
 * the page is rendered again. Models share their parts (every page of a language lists the same pages), so each
 * pair of parts is compared once.
 */
final class ModelEquality {

    /** Two parts, by identity. */
    private record Pair(Object before, Object after) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Pair pair && pair.before == before && pair.after == after;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(before) + System.identityHashCode(after);
        }
    }

    /**
     * Each record class's accessors, looked up once: {@link Class#getRecordComponents()} makes new ones at every
     * call, each of which Java prepares again before its first use.
     */
    private static final ClassValue<List<Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toList();
        }
    };

    /** Pairs of parts already compared, and whether they were equal. */
    private final Map<Pair, Boolean> compared = new ConcurrentHashMap<>();

    /**
     * Whether the two models would render the same. Safe to call from several threads; parts compared once stay
     * known, so one comparer serves one build's pages against the last build's.
     */
    boolean same(Object before, Object after) {
        return equal(before, after);
    }

    private boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof TemplateMarkupOutputModel<?> markup) {
            String before = markup(markup);
            return before != null && before.equals(markup((TemplateMarkupOutputModel<?>) b));
        }
        if (!(a instanceof Record || a instanceof List<?> || a instanceof Map<?, ?>)) {
            return a.equals(b);
        }
        Pair pair = new Pair(a, b);
        Boolean known = compared.get(pair);
        if (known == null) {
            known = a instanceof Record record ? records(record, (Record) b)
                    : a instanceof List<?> list ? lists(list, (List<?>) b) : maps((Map<?, ?>) a, (Map<?, ?>) b);
            compared.put(pair, known);
        }
        return known;
    }

    /** Records of equal components; one whose components cannot be read is unequal, and rendered again. */
    private boolean records(Record a, Record b) {
        try {
            for (Method accessor : ACCESSORS.get(a.getClass())) {
                if (!equal(accessor.invoke(a), accessor.invoke(b))) {
                    return false;
                }
            }
            return true;
        } catch (IllegalAccessException | InvocationTargetException e) {
            return false;
        }
    }

    private boolean lists(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<?> other = b.iterator();
        for (Object item : a) {
            if (!equal(item, other.next())) {
                return false;
            }
        }
        return true;
    }

    /** Maps of the same keys in the same order (templates may list them), with equal values. */
    private boolean maps(Map<?, ?> a, Map<?, ?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<? extends Map.Entry<?, ?>> other = b.entrySet().iterator();
        for (Map.Entry<?, ?> entry : a.entrySet()) {
            Map.Entry<?, ?> next = other.next();
            if (!Objects.equals(entry.getKey(), next.getKey()) || !equal(entry.getValue(), next.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The markup, or null when it cannot be read: then the models are unequal, and the page is rendered again. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String markup(TemplateMarkupOutputModel model) {
        try {
            return model.getOutputFormat().getMarkupString(model);
        } catch (freemarker.template.TemplateModelException e) {
            return null;
        }
    }
}
