package be.cloudgroup.privacy.ui.config;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.router.NavigationEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringInstantiator;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Vaadin's Spring instantiator, except that views and layouts (route targets) are not wrapped in
 * an AOP proxy. A view's {@code @RolesAllowed}/{@code @PermitAll} is for Vaadin's navigation access
 * control, which checks it before the view is created; Spring's method security matched the same
 * annotation and made every view instance a CGLIB proxy, and for each proxied prototype Spring
 * matches every advisor against every method of the class anew: about a sixth of the portal's CPU
 * per page under load (README, Performance). A view is created as before (constructor injection,
 * {@code @Value}, the other post-processors); services keep their method security, which is where
 * the portal decides what a person may do.
 */
@Component
class ViewInstantiation implements InstantiatorFactory {

    private final ApplicationContext context;

    ViewInstantiation(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new ViewInstantiator(service, context);
    }

    private static final class ViewInstantiator extends SpringInstantiator {

        private final transient ApplicationContext context;

        ViewInstantiator(VaadinService service, ApplicationContext context) {
            super(service, context);
            this.context = context;
        }

        @Override
        public <T extends HasElement> T createRouteTarget(Class<T> routeTargetType, NavigationEvent event) {
            if (context.getBeanNamesForType(routeTargetType).length > 0) {
                return super.createRouteTarget(routeTargetType, event);
            }
            AutowireCapableBeanFactory beans = context.getAutowireCapableBeanFactory();
            Object view = beans.autowire(routeTargetType, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
            beans.autowireBean(view);
            // the ".ORIGINAL" name is Spring's own way of saying "this instance, not a proxy of it"
            return routeTargetType.cast(beans.initializeBean(
                    view, routeTargetType.getName() + AutowireCapableBeanFactory.ORIGINAL_INSTANCE_SUFFIX));
        }
    }
}
