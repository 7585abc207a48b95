package be.cloudgroup.privacy.ui.policy;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.ui.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The policy routes against every role: the right roles enter, the others see "not found". */
class PolicyRouteAccessTest extends KaribuTest {

    static Stream<Arguments> every_policy_route_and_role() {
        return Stream.of(
                Arguments.of("privacy-statement", PolicyStatementView.class, Set.of(Role.CUSTOMER, Role.SUPPORT, Role.ADMIN)),
                Arguments.of("policy-update", PolicyUpdateView.class, Set.of(Role.CUSTOMER)),
                Arguments.of("admin/policy", PolicyAdminView.class, Set.of(Role.ADMIN)))
                .flatMap(route -> Stream.of(Role.values()).map(role -> Arguments.of(route.get()[0], route.get()[1],
                        route.get()[2], role)));
    }

    @ParameterizedTest(name = "{3} on /{0}")
    @MethodSource("every_policy_route_and_role")
    void only_the_declared_roles_enter_a_policy_route(String path, Class<? extends Component> view, Set<Role> allowed,
            Role role) {
        signIn(principal(role));

        UI.getCurrent().navigate(path);

        if (allowed.contains(role)) {
            _get(view);
        } else {
            assertThat(_find(view)).isEmpty();
            assertThat(_get(H1.class).getText()).isEqualTo("Page not found");
        }
    }

    private AccountPrincipal principal(Role role) {
        return role == Role.CUSTOMER ? data.customerPrincipal(data.customer("Rita", "Routes")) : data.staffPrincipal(role);
    }
}
