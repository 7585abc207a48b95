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
 * good is marked {@link FreshDemo} and gets a portal of its own, so the order of the classes does not
 * matter.
 */
final class SharedDemoPortal implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DemoPortal.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // A @FreshDemo class gets its own portal, closed with the class's context; the others share the run's.
        boolean fresh = context.getRequiredTestClass().isAnnotationPresent(FreshDemo.class);
        ExtensionContext owner = fresh ? context : context.getRoot();
        return owner.getStore(Namespace.create(SharedDemoPortal.class, fresh ? context.getRequiredTestClass() : "run"))
                .getOrComputeIfAbsent(
                        Started.class,
                        key -> new Started(DemoPortal.start(DemoPortal.Settings.forTests())),
                        Started.class)
                .portal();
    }

    /** Closed by JUnit when the root context closes, i.e. after the last test class of the run. */
    private record Started(DemoPortal portal) implements ExtensionContext.Store.CloseableResource {

        @Override
        public void close() {
            portal.close();
        }
    }
}
