package org.amicus.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Version;
import java.beans.IntrospectionException;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.amicus.render.view.TemplateRoot;

/**
 * The object wrapper of templates: texts, numbers, booleans, lists and maps as usual, and of every other Java
 * object only the components of the records of {@code render.view}, each as a property named like the component
 * ({@code page.isHome}, not FreeMarker's {@code page.home()} method form). No other method, field or constructor
 * of any class is visible, {@code toString()} included.
 */
final class ViewWrapper {

    static final String VIEW_PACKAGE = TemplateRoot.class.getPackageName();

    private ViewWrapper() {
    }

    static DefaultObjectWrapper create(Version version) {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(version);
        builder.setMemberAccessPolicy(new ViewsOnly());
        builder.setMethodAppearanceFineTuner((input, decision) -> {
            Method accessor = input.getMethod();
            if (isView(accessor.getDeclaringClass())) {
                try {
                    decision.setExposeAsProperty(new PropertyDescriptor(accessor.getName(), accessor, null));
                } catch (IntrospectionException e) {
                    throw new IllegalStateException("a record accessor is a property reader", e);
                }
                decision.setReplaceExistingProperty(true);
                decision.setExposeMethodAs(null);
            }
        });
        return builder.build();
    }

    static boolean isView(Class<?> type) {
        return type.isRecord() && type.getPackageName().equals(VIEW_PACKAGE);
    }

    /** Exposes the accessors of the view records' components, and nothing else. */
    private static final class ViewsOnly implements MemberAccessPolicy {

        @Override
        public ClassMemberAccessPolicy forClass(Class<?> type) {
            Set<Method> accessors = isView(type) ? Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getAccessor).collect(Collectors.toSet()) : Set.of();
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(Method method) {
                    return accessors.contains(method);
                }

                @Override
                public boolean isConstructorExposed(Constructor<?> constructor) {
                    return false;
                }

                @Override
                public boolean isFieldExposed(Field field) {
                    return false;
                }
            };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return false;
        }
    }
}
