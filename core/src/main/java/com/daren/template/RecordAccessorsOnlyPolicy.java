package com.daren.template;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Templates see plain values, lists, maps and the accessors of records; no other method, field or constructor.
 * So {@code getClass()} and friends are not reachable from a template.
 */
final class RecordAccessorsOnlyPolicy implements MemberAccessPolicy {

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
        Set<String> accessors = contextClass.isRecord()
                ? Arrays.stream(contextClass.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet())
                : Set.of();
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return method.getParameterCount() == 0 && method.getDeclaringClass().isRecord()
                        && accessors.contains(method.getName());
            }

            @Override
            public boolean isConstructorExposed(java.lang.reflect.Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(java.lang.reflect.Field field) {
                return false;
            }
        };
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }
}
