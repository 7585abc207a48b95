package be.cloudgroup.privacy.ui.layout;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.shared.Language;
import be.cloudgroup.privacy.ui.i18n.LanguagePreference;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The portal's shell around every route that does not opt out ({@code autoLayout = false}): a
 * banner with the portal name, language switch and sign-out, and a navigation landmark listing
 * the {@code @Menu} routes the signed-in person's roles open, as Vaadin's menu registry filters
 * them. The root appears only to those whose home it is (the others are forwarded from it).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication, List<LayoutBanner> banners) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        AccountPrincipal account = CurrentAccount.require();
        addToNavbar(header(account));
        banners.forEach(banner -> addToNavbar(banner.create()));
        addToDrawer(navigation(account));
        getElement()
                .executeJs(
                        "document.documentElement.lang = $0",
                        LanguagePreference.current().code());
    }

    private Header header(AccountPrincipal account) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("portal-title");
        Span user = new Span(account.displayName());
        user.addClassName("portal-user");
        Button signOut = new Button(
                getTranslation("layout.sign-out"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        // the user menu wraps below the title on a narrow screen (portal.css), so nothing is cut off
        Div userMenu = new Div(user, languageSwitch(), signOut);
        userMenu.addClassName("portal-user-menu");
        Header header = new Header(toggle, title, userMenu);
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
        for (MenuEntry entry : SessionMenu.entries()) {
            if (!"/".equals(entry.path())
                    || Homes.of(account).filter(entry.menuClass()::equals).isPresent()) {
                menu.addItem(item(entry));
            }
        }
        Nav nav = new Nav(menu);
        nav.setAriaLabel(getTranslation("layout.navigation"));
        return nav;
    }

    /** The entry's title is a translation key; its icon a Vaadin icon name such as {@code vaadin:shield}. */
    private SideNavItem item(MenuEntry entry) {
        // Relative paths, like the links Vaadin builds from a view class.
        return new SideNavItem(getTranslation(entry.title()), entry.path().substring(1), new Icon(entry.icon()));
    }
}
