package be.cloudgroup.privacy.ui.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.account.AccountsView;
import be.cloudgroup.privacy.ui.activation.ActivationView;
import be.cloudgroup.privacy.ui.dashboard.DashboardView;
import be.cloudgroup.privacy.ui.layout.Homes;
import be.cloudgroup.privacy.ui.support.SupportView;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinHelper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route in Vaadin's route registry against every role: the roles its annotations name
 * enter, the others see "not found". A new route is covered without editing this test.
 */
class RouteAccessTest extends KaribuTest {

    /** Stands in for every route parameter ({@code unsubscribe/:token} → {@code unsubscribe/sample}). */
    private static final String SAMPLE = "sample";

    static Stream<Arguments> every_route_and_role() {
        return registeredRoutes().stream()
                .flatMap(route -> Stream.of(Role.values())
                        .map(role -> Arguments.of(
                                route.getTemplate().replaceAll(":[^/]+", SAMPLE), route.getNavigationTarget(), role)));
    }

    @ParameterizedTest(name = "{2} on /{0}")
    @MethodSource("every_route_and_role")
    void only_the_declared_roles_enter_a_route(String path, Class<? extends Component> view, Role role) {
        AccountPrincipal account = principal(role);
        signIn(account);
        // Added after Vaadin's access control, so it sees only the targets access control let through.
        List<Class<?>> entered = new ArrayList<>();
        UI.getCurrent().addBeforeEnterListener(event -> entered.add(event.getNavigationTarget()));

        UI.getCurrent().navigate(path);

        if (!mayEnter(view, role)) {
            assertThat(entered).doesNotContain(view);
            assertThat(_find(view)).isEmpty();
            assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        } else if (path.contains(SAMPLE)) {
            // A detail route: access control lets the role in; the view itself answers "not found"
            // for an id that does not exist (or shows what the sample means, like an invalid link).
            assertThat(entered).contains(view);
        } else {
            // The root forwards everyone to their own home; so does activation, for someone who has an account.
            Class<? extends Component> shown = view == Homes.root() || view == ActivationView.class
                    ? Homes.of(account).orElseThrow()
                    : view;
            _get(shown);
        }
    }

    @ParameterizedTest
    @MethodSource("staff_homes")
    void staff_opening_the_root_land_on_their_own_home(Role role, Class<? extends Component> home) {
        signIn(principal(role));

        UI.getCurrent().navigate(DashboardView.class);

        _get(home);
    }

    static Stream<Arguments> staff_homes() {
        return Stream.of(Arguments.of(Role.SUPPORT, SupportView.class), Arguments.of(Role.ADMIN, AccountsView.class));
    }

    /** The routes as the application registers them (Vaadin's registry, filled from the discovered views). */
    private static List<RouteData> registeredRoutes() {
        VaadinContext context = MockVaadinHelper.INSTANCE.createMockVaadinContext();
        ROUTES.register(context);
        List<RouteData> routes = ApplicationRouteRegistry.getInstance(context).getRegisteredRoutes();
        assertThat(routes).extracting(RouteData::getTemplate).contains("", "my-data/correct");
        return routes;
    }

    /** What the view's own annotations promise, the expectation Vaadin's access control must meet. */
    private static boolean mayEnter(Class<?> view, Role role) {
        if (view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
        return allowed != null && Arrays.asList(allowed.value()).contains(role.name());
    }

    private AccountPrincipal principal(Role role) {
        return role == Role.CUSTOMER
                ? data.customerPrincipal(data.customer("Rita", "Routes"))
                : data.staffPrincipal(role);
    }
}
