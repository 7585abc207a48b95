package be.cloudgroup.privacy.ui.config;

import static org.assertj.core.api.Assertions.assertThat;

import be.cloudgroup.privacy.ui.KaribuTest;
import be.cloudgroup.privacy.ui.dashboard.DashboardView;
import be.cloudgroup.privacy.ui.layout.MainLayout;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The instantiator the portal gives Vaadin (karibu's mock servlet brings its own, so it is asked directly). */
class ViewInstantiationTest extends KaribuTest {

    @Autowired
    private ViewInstantiation views;

    @Autowired
    private ApplicationContext context;

    @Test
    void views_and_layouts_are_created_as_themselves_where_spring_would_proxy_them() {
        signIn(data.customerPrincipal(data.customer("Vera", "Proxyless")));
        Instantiator instantiator = views.createInstantitor(VaadinService.getCurrent());

        DashboardView view = instantiator.createRouteTarget(DashboardView.class, null);
        MainLayout layout = instantiator.createRouteTarget(MainLayout.class, null);

        assertThat(context.getAutowireCapableBeanFactory().createBean(DashboardView.class))
                .as("what Spring's createBean makes of a view")
                .isNotExactlyInstanceOf(DashboardView.class);
        assertThat(view).isExactlyInstanceOf(DashboardView.class);
        assertThat(layout).isExactlyInstanceOf(MainLayout.class);
    }
}
