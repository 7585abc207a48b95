package be.cloudgroup.privacy.ui.layout;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.Arrays;
import java.util.Optional;

/**
 * Each role's home, read from the routes that declare {@link Home}, so that the root and the
 * "home" links need not know the views of other features.
 */
public final class Homes {

    private Homes() {}

    /** The home of the first of the account's roles that has one. */
    public static Optional<Class<? extends Component>> of(AccountPrincipal account) {
        return Arrays.stream(Role.values())
                .filter(account::has)
                .flatMap(role -> RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                        .map(RouteData::getNavigationTarget)
                        .filter(view -> view.isAnnotationPresent(Home.class)
                                && Arrays.asList(view.getAnnotation(Home.class).value())
                                        .contains(role)))
                .findFirst();
    }

    /** The root route: everyone's way home (it forwards to the person's own home). */
    public static Class<? extends Component> root() {
        return RouteConfiguration.forApplicationScope()
                .getRoute("")
                .orElseThrow(() -> new IllegalStateException("No root route"));
    }

    /**
     * The route one level above the view's own address ({@code my-data} for {@code my-data/correct}),
     * for "back" links that would otherwise import the parent feature's view.
     */
    public static Class<? extends Component> parentOf(Class<? extends Component> view) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        String path = routes.getTemplate(view).orElseThrow(() -> new IllegalArgumentException(view + " is no route"));
        String parent = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        return routes.getRoute(parent).orElseThrow(() -> new IllegalStateException("No route at " + parent));
    }
}
