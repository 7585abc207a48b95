package be.cloudgroup.privacy.demo;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One demo portal (MariaDB, OIDC provider, mailbox, portal) per test JVM, given to any test method
 * or {@code @BeforeAll} that declares a {@link DemoPortal} parameter: started for the first class
 * that asks and stopped when the whole test run ends (the root context's store closes it), so the
 * browser tests pay for one start instead of one per class. A class that changes a demo user for
 * good is marked {@link FreshDemo}: it gets the demo data as seeded ({@link DemoSnapshot}) and puts
 * it back when it ends, so the order of the classes does not matter.
 */
final class SharedDemoPortal implements ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(SharedDemoPortal.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DemoPortal.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Started started = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(Started.class, key -> Started.start(), Started.class);
        if (context.getRequiredTestClass().isAnnotationPresent(FreshDemo.class)) {
            // once per class (the class's store closes with the class): seeded data now, and again afterwards
            context.getStore(NAMESPACE.append(context.getRequiredTestClass()))
                    .getOrComputeIfAbsent(Restored.class, key -> Restored.restore(started.snapshot()), Restored.class);
        }
        return started.portal();
    }

    /** Closed by JUnit when the root context closes, i.e. after the last test class of the run. */
    private record Started(DemoPortal portal, DemoSnapshot snapshot)
            implements ExtensionContext.Store.CloseableResource {

        static Started start() {
            DemoPortal portal = DemoPortal.start(DemoPortal.Settings.forTests());
            try {
                return new Started(portal, DemoSnapshot.take(portal));
            } catch (RuntimeException e) {
                portal.close();
                throw e;
            }
        }

        @Override
        public void close() {
            portal.close();
        }
    }

    /** A {@link FreshDemo} class's restore, repeated when the class ends. */
    private record Restored(DemoSnapshot snapshot) implements ExtensionContext.Store.CloseableResource {

        static Restored restore(DemoSnapshot snapshot) {
            snapshot.restore();
            return new Restored(snapshot);
        }

        @Override
        public void close() {
            snapshot.restore();
        }
    }
}
