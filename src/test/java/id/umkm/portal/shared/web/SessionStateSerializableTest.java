package id.umkm.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * In the cluster every session travels between instances (web.xml is distributable): the login, the guest
 * cart and every view-scoped page bean are serialised to Hazelcast. So each session- or view-scoped bean
 * must be Serializable with all it holds: its own fields of serialisable types (generic arguments too, and
 * the portal's own types field by field), and injected beans either normal-scoped (a serialisable proxy)
 * or serialisable themselves.
 */
class SessionStateSerializableTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final List<Class<? extends Annotation>> SESSION_SCOPES =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);
    private static final List<Class<? extends Annotation>> PROXIED_SCOPES =
            List.of(ApplicationScoped.class, RequestScoped.class, SessionScoped.class, ViewScoped.class);


    private final List<Class<?>> portalClasses = portalClasses();
    private final List<String> problems = new ArrayList<>();
    private final Set<Class<?>> checked = new HashSet<>();

    @Test
    void everyBeanKeptInTheSessionSerialisesWithEverythingItHolds() {
        List<Class<?>> beans = portalClasses.stream()
                .filter(c -> SESSION_SCOPES.stream().anyMatch(c::isAnnotationPresent)).toList();
        assertThat(beans).as("session- and view-scoped beans found").hasSizeGreaterThan(20);

        for (Class<?> bean : beans) {
            checkClass(bean, bean.getSimpleName());
        }

        assertThat(problems).as("state that cannot travel between cluster members").isEmpty();
    }

    private void checkClass(Class<?> type, String path) {
        if (!checked.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
                    continue;
                }
                String where = path + "." + f.getName();
                if (f.isAnnotationPresent(Inject.class)) {
                    checkInjected(f.getType(), where);
                } else {
                    checkValue(f.getGenericType(), where);
                }
            }
        }
    }

    private void checkInjected(Class<?> type, String where) {
        List<Class<?>> beans = type.isInterface()
                ? portalClasses.stream().filter(c -> type.isAssignableFrom(c) && !c.isInterface()).toList()
                : List.of(type);
        for (Class<?> bean : beans) {
            boolean proxied = PROXIED_SCOPES.stream().anyMatch(bean::isAnnotationPresent);
            if (!proxied && !Serializable.class.isAssignableFrom(bean) && bean.getName().startsWith("id.umkm.portal")) {
                problems.add(where + ": injected " + bean.getName() + " is neither normal-scoped nor Serializable");
            }
        }
    }

    private void checkValue(Type type, String where) {
        if (type instanceof ParameterizedType p) {
            checkValue(p.getRawType(), where);
            for (Type argument : p.getActualTypeArguments()) {
                checkValue(argument, where + "<>");
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkValue(bound, where);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum() || c == Object.class) {
                return;
            }
            if (c.isArray()) {
                checkValue(c.getComponentType(), where + "[]");
            } else if (c.getName().startsWith("id.umkm.portal")) {
                checkClass(c, where);
            } else if (!c.isInterface() && !Serializable.class.isAssignableFrom(c)) {
                problems.add(where + ": " + c.getName() + " is not Serializable");
            }
        }
    }

    private static List<Class<?>> portalClasses() {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(SessionStateSerializableTest::load).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
