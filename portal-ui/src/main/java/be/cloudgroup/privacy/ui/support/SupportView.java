package be.cloudgroup.privacy.ui.support;

import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.customer.CustomerMatch;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.support.SupportService;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import be.cloudgroup.privacy.ui.layout.Home;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Support's home: find a customer by number, e-mail, last name or company name. Shows only what
 * identifies the customer, at most 50 matches; a match opens the customer's staff overview, where
 * an assist session starts.
 */
@Route("support")
@Menu(title = "support.nav", order = 7, icon = "vaadin:search")
@Home(Role.SUPPORT)
@RolesAllowed({"SUPPORT", "ADMIN"})
public class SupportView extends Page {

    private final transient SupportService search;
    private final transient PortalI18NProvider translations;
    private final TextField term = new TextField();
    private final Grid<CustomerMatch> results = new Grid<>();
    private final Paragraph refine = new Paragraph();

    public SupportView(SupportService search, PortalI18NProvider translations) {
        super("support.title");
        this.search = search;
        this.translations = translations;
        term.setId("search-term");
        term.setLabel(getTranslation("support.search.label"));
        term.setHelperText(getTranslation("support.search.help"));
        term.setMaxLength(SupportService.TERM_MAX_LENGTH);
        term.setClearButtonVisible(true);
        Button find = new Button(getTranslation("support.search.button"), click -> runSearch());
        find.setId("search-button");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);
        Div form = new Div(term, find);
        form.addClassName("portal-search");
        results.addColumn(CustomerMatch::customerNumber).setHeader(getTranslation("support.column.number"));
        results.addColumn(CustomerMatch::displayName).setHeader(getTranslation("support.column.name"));
        results.addColumn(
                        match -> getTranslation("customer.type." + match.type().name()))
                .setHeader(getTranslation("support.column.type"));
        results.addColumn(CustomerMatch::city).setHeader(getTranslation("support.column.city"));
        results.addColumn(match ->
                        getTranslation("customer.status." + match.status().name()))
                .setHeader(getTranslation("support.column.status"));
        results.setAriaLabel(getTranslation("support.results"));
        results.setEmptyStateText(getTranslation("support.no-results"));
        results.addItemClickListener(click -> click.getSource()
                .getUI()
                .ifPresent(
                        ui -> ui.navigate("support/customer/" + click.getItem().customerNumber())));
        results.setVisible(false);
        refine.setId("search-refine");
        refine.setVisible(false);
        add(paragraph("support.intro"), form, refine, results);
    }

    private void runSearch() {
        String value;
        try {
            value = SupportService.validTerm(term.getValue());
        } catch (InvalidValueException invalid) {
            term.setInvalid(true);
            term.setErrorMessage(translations.message(invalid, getLocale()));
            return;
        }
        term.setInvalid(false);
        SupportService.SearchResult found = search.search(value);
        results.setItems(found.matches());
        results.setVisible(true);
        refine.setText(getTranslation("support.search.refine", SupportService.MAX_RESULTS, found.total()));
        refine.setVisible(found.capped());
    }
}
