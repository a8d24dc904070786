package org.beltportal.themes.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;

/**
 * What templates may call on a Java object: the component accessors of the portal's view records
 * ({@code site.name()}) and nothing else. No {@code getClass()}, {@code toString()}, constructors, fields,
 * or any method of any other class. Strings, numbers, booleans, maps and lists never get here: the object
 * wrapper turns them into FreeMarker's own values, which have no Java methods at all.
 */
final class RecordsOnlyAccessPolicy implements MemberAccessPolicy {

    /** Where the view records live: what a controller hands a template is built in this module. */
    static final String VIEW_PACKAGE_PREFIX = "org.beltportal.themes.";

    private static final ClassMemberAccessPolicy NOTHING = new Accessors(Set.of());

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> type) {
        if (!type.isRecord() || !type.getName().startsWith(VIEW_PACKAGE_PREFIX)) {
            return NOTHING;
        }
        return new Accessors(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return false;
    }

    private record Accessors(Set<String> components) implements ClassMemberAccessPolicy {

        @Override
        public boolean isMethodExposed(Method method) {
            return method.getParameterCount() == 0 && components.contains(method.getName());
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    }
}
