package be.cloudgroup.archfixture.ui.mydata;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** Wrong: in the {@code mydata} feature, but not named after it. */
@Route("fixture/personal-data")
public class PersonalDataView extends Div {}
