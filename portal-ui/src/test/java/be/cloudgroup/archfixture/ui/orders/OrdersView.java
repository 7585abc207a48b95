package be.cloudgroup.archfixture.ui.orders;

import be.cloudgroup.archfixture.ui.billing.BillingView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/** Wrong: links to billing, which links back (a cycle). */
@Route("fixture/orders")
public class OrdersView extends Div {

    public OrdersView() {
        add(new RouterLink("billing", BillingView.class));
    }
}
