package be.cloudgroup.archfixture.ui.billing;

import be.cloudgroup.archfixture.ui.orders.OrdersView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/** Wrong: links to orders, which links back (a cycle); no bundle and no domain package. */
@Route("fixture/billing")
public class BillingView extends Div {

    public BillingView() {
        add(new RouterLink("orders", OrdersView.class));
    }
}
