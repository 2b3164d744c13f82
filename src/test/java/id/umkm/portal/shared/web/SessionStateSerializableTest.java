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
 *
 * <p>KNOWN_TO_FIX lists what the page beans of other contexts still hold unserialisable (found when the
 * cluster came, issue 9; their owners add {@code implements Serializable}). It is a ratchet: a new problem
 * fails this test, and so does a fixed one left on the list.
 */
class SessionStateSerializableTest {

    private static final Path CLASSES = Path.of("target/classes");
    private static final List<Class<? extends Annotation>> SESSION_SCOPES =
            List.of(SessionScoped.class, ViewScoped.class, ConversationScoped.class);
    private static final List<Class<? extends Annotation>> PROXIED_SCOPES =
            List.of(ApplicationScoped.class, RequestScoped.class, SessionScoped.class, ViewScoped.class);

    private static final Set<String> KNOWN_TO_FIX = Set.of(
            "ManageProductsView.rows<>: id.umkm.portal.catalog.application.ProductSnapshot is not Serializable",
            "StaffTrainingsView.all<>: id.umkm.portal.training.domain.Programme is not Serializable",
            "StaffTrainingsView.roster<>: id.umkm.portal.training.application.RosterLine is not Serializable",
            "SellerTrainingsView.mine<>: id.umkm.portal.training.application.MyEnrollment is not Serializable",
            "SellerTrainingsView.sessions<><>: id.umkm.portal.training.domain.TrainingSession is not Serializable",
            "StaffProgrammeView.history<>: id.umkm.portal.training.application.StaffOverrides$OverrideLine is not Serializable",
            "StaffProgrammeView.feedbackSummary: id.umkm.portal.training.application.Feedback$Summary is not Serializable",
            "StaffProgrammeView.issued<>: id.umkm.portal.training.domain.Certificate is not Serializable",
            "StaffSessionView.sheet<>: id.umkm.portal.training.application.Attendance$SessionAttendee is not Serializable",
            "NotificationsView.list<>: id.umkm.portal.notification.domain.Notification is not Serializable",
            "CourierFeesView.origins<>: id.umkm.portal.order.web.CourierFeesView$Origin is not Serializable",
            "SellerOrdersView.orders<>: id.umkm.portal.order.application.OrderDetails is not Serializable",
            "CheckoutView.groups<>: id.umkm.portal.order.application.CartGroup is not Serializable",
            "PayView.checkout: id.umkm.portal.order.application.CheckoutSummary is not Serializable",
            "PayView.charge: id.umkm.portal.payment.application.QrisCharge is not Serializable",
            "SimulatorPayView.charge: id.umkm.portal.payment.infrastructure.simulator.SimulatedCharge is not Serializable",
            "PayoutsView.batches<>: id.umkm.portal.payment.application.Payouts$Batch is not Serializable",
            "PayoutsView.lines<>: id.umkm.portal.payment.application.Payouts$Line is not Serializable",
            "PayoutsView.check: id.umkm.portal.payment.application.GatewayCheck$Result is not Serializable",
            "SellerPermitsView.mine<>: id.umkm.portal.licensing.application.ApplicationSummary is not Serializable",
            "SellerPermitsView.types<>: id.umkm.portal.licensing.domain.PermitType is not Serializable",
            "SellerApplicationView.detail: id.umkm.portal.licensing.application.ApplicationDetail is not Serializable");

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

        assertThat(problems).as("state that cannot travel between cluster members").isSubsetOf(KNOWN_TO_FIX);
        assertThat(KNOWN_TO_FIX).as("fixed: take them off KNOWN_TO_FIX").isSubsetOf(problems);
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
