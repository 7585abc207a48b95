package be.cloudgroup.privacy.ui.layout;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.account.AccountsView;
import be.cloudgroup.privacy.ui.assist.AssistBanner;
import be.cloudgroup.privacy.ui.assist.AssistSessionsView;
import be.cloudgroup.privacy.ui.activity.ActivityView;
import be.cloudgroup.privacy.ui.preferences.PreferencesView;
import be.cloudgroup.privacy.ui.dashboard.DashboardView;
import be.cloudgroup.privacy.ui.download.DownloadView;
import be.cloudgroup.privacy.ui.i18n.LanguagePreference;
import be.cloudgroup.privacy.ui.policy.PolicyAdminView;
import be.cloudgroup.privacy.ui.policy.PolicyStatementView;
import be.cloudgroup.privacy.ui.mydata.MyDataView;
import be.cloudgroup.privacy.ui.request.RequestsView;
import be.cloudgroup.privacy.ui.support.SupportView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The portal's shell: a banner with the portal name, language switch and sign-out, and a
 * navigation landmark listing what the signed-in person's roles allow.
 */
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        AccountPrincipal account = CurrentAccount.require();
        addToNavbar(header(account), new AssistBanner());
        addToDrawer(navigation(account));
        getElement().executeJs("document.documentElement.lang = $0", LanguagePreference.current().code());
    }

    private Header header(AccountPrincipal account) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("portal-title");
        Span user = new Span(account.displayName());
        user.addClassName("portal-user");
        Button signOut = new Button(getTranslation("layout.sign-out"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        Header header = new Header(toggle, title, languageSwitch(), user, signOut);
        header.addClassName("portal-header");
        return header;
    }

    private Select<Language> languageSwitch() {
        Select<Language> languages = new Select<>();
        languages.setId("language");
        languages.setItems(Language.values());
        languages.setItemLabelGenerator(language -> getTranslation("language." + language.code()));
        languages.setValue(LanguagePreference.current());
        languages.setAriaLabel(getTranslation("layout.language"));
        languages.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                LanguagePreference.choose(change.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        return languages;
    }

    private Nav navigation(AccountPrincipal account) {
        SideNav menu = new SideNav();
        if (account.has(Role.CUSTOMER)) {
            menu.addItem(item("nav.my-privacy", DashboardView.class, VaadinIcon.SHIELD),
                    item("nav.my-data", MyDataView.class, VaadinIcon.USER_CARD),
                    item("nav.preferences", PreferencesView.class, VaadinIcon.CHECK_SQUARE_O),
                    item("nav.download", DownloadView.class, VaadinIcon.DOWNLOAD),
                    item("nav.activity", ActivityView.class, VaadinIcon.CLOCK),
                    item("nav.requests", RequestsView.class, VaadinIcon.ENVELOPE_O));
        }
        if (account.has(Role.SUPPORT) || account.has(Role.ADMIN)) {
            menu.addItem(item("nav.support", SupportView.class, VaadinIcon.SEARCH));
        }
        if (account.has(Role.ADMIN)) {
            menu.addItem(item("nav.accounts", AccountsView.class, VaadinIcon.USERS),
                    item("policy.nav.admin", PolicyAdminView.class, VaadinIcon.FILE_TEXT_O),
                    item("assist.nav.admin", AssistSessionsView.class, VaadinIcon.HANDSHAKE));
        }
        menu.addItem(item("policy.nav.statement", PolicyStatementView.class, VaadinIcon.FILE_TEXT));
        Nav nav = new Nav(menu);
        nav.setAriaLabel(getTranslation("layout.navigation"));
        return nav;
    }

    private SideNavItem item(String key, Class<? extends Component> view, VaadinIcon icon) {
        return new SideNavItem(getTranslation(key), view, icon.create());
    }
}
