package be.cloudgroup.privacy.ui.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.account.AccountsView;
import be.cloudgroup.privacy.ui.activity.ActivityView;
import be.cloudgroup.privacy.ui.preferences.PreferencesView;
import be.cloudgroup.privacy.ui.dashboard.DashboardView;
import be.cloudgroup.privacy.ui.download.DownloadView;
import be.cloudgroup.privacy.ui.mydata.MyDataView;
import be.cloudgroup.privacy.ui.request.RequestsView;
import be.cloudgroup.privacy.ui.support.SupportView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every protected route against every role: the right roles enter, the others see "not found". */
class RouteAccessTest extends KaribuTest {

    private static final Map<String, Class<? extends Component>> ROUTES = Map.of(
            "my-data", MyDataView.class,
            "preferences", PreferencesView.class,
            "download", DownloadView.class,
            "activity", ActivityView.class,
            "requests", RequestsView.class,
            "support", SupportView.class,
            "admin/accounts", AccountsView.class);

    private static final Map<Class<? extends Component>, Set<Role>> ALLOWED = Map.of(
            MyDataView.class, Set.of(Role.CUSTOMER),
            PreferencesView.class, Set.of(Role.CUSTOMER),
            DownloadView.class, Set.of(Role.CUSTOMER),
            ActivityView.class, Set.of(Role.CUSTOMER),
            RequestsView.class, Set.of(Role.CUSTOMER),
            SupportView.class, Set.of(Role.SUPPORT, Role.ADMIN),
            AccountsView.class, Set.of(Role.ADMIN));

    static Stream<Arguments> every_route_and_role() {
        return ROUTES.entrySet().stream().flatMap(route -> Stream.of(Role.values())
                .map(role -> Arguments.of(route.getKey(), route.getValue(), role)));
    }

    @ParameterizedTest(name = "{2} on /{0}")
    @MethodSource("every_route_and_role")
    void only_the_declared_roles_enter_a_route(String path, Class<? extends Component> view, Role role) {
        signIn(principal(role));

        UI.getCurrent().navigate(path);

        if (ALLOWED.get(view).contains(role)) {
            _get(view);
        } else {
            assertThat(_find(view)).isEmpty();
            assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
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

    private AccountPrincipal principal(Role role) {
        return role == Role.CUSTOMER ? data.customerPrincipal(data.customer("Rita", "Routes")) : data.staffPrincipal(role);
    }
}
