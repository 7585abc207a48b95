package be.cloudgroup.privacy.ui.assist;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.assist.AssistService;
import be.cloudgroup.privacy.assist.AssistSession;
import be.cloudgroup.privacy.ui.layout.Formats;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The banner on every page while an assist session runs. For the staff member: whose account,
 * the reason, the mode, the time left (counting down in the browser) and "End session", plus the
 * customer's pages; the page title says "Assisting …" too. For the customer: who is looking and
 * until when, with "End session now". The session is read from the database on every navigation
 * and every {@link #POLL_MILLIS}; when it has ended, staff are taken back to the support search.
 */
public class AssistBanner extends Div implements AfterNavigationObserver {

    static final int POLL_MILLIS = 10_000;
    /** The customer's pages a staff member sees during a session, by route (no view imports). */
    static final List<String[]> CUSTOMER_PAGES = List.of(
            new String[] {"", "dashboard.nav"},
            new String[] {"my-data", "mydata.nav"},
            new String[] {"preferences", "preferences.nav"},
            new String[] {"activity", "activity.nav"},
            new String[] {"requests", "request.nav"});

    private Long shownSessionId;
    private Registration polling;

    public AssistBanner() {
        setId("assist-banner");
        addClassName("assist-banner");
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** Reads the session again and shows it, hides the banner, or leaves an ended session. */
    void refresh() {
        AccountPrincipal account = CurrentAccount.get().orElse(null);
        AssistService assist = service();
        if (account == null || assist == null) {
            return;
        }
        boolean staff = account.has(Role.SUPPORT) || account.has(Role.ADMIN);
        Optional<AssistSession> mine = staff ? assist.mySession() : Optional.empty();
        if (mine.isPresent()) {
            showForStaff(mine.get());
            return;
        }
        if (shownSessionId != null && staff) {
            shownSessionId = null;
            hide();
            Notification ended =
                    Notification.show(getTranslation("assist.banner.ended"), 8000, Notification.Position.TOP_CENTER);
            ended.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            getUI().ifPresent(ui -> ui.navigate("support"));
            return;
        }
        Optional<AssistSession> onMe = account.has(Role.CUSTOMER) && !staff ? assist.sessionOnMe() : Optional.empty();
        if (onMe.isPresent()) {
            showForCustomer(onMe.get());
        } else {
            hide();
        }
    }

    private void showForStaff(AssistSession session) {
        shownSessionId = session.id();
        removeAll();
        removeClassName("assist-banner-customer");
        addClassName("assist-banner-staff");
        Span who = new Span(getTranslation("assist.banner.staff", session.customerName(), session.customerNumber()));
        who.setId("assist-banner-who");
        Span mode = new Span(getTranslation("assist.mode." + session.mode().name()));
        mode.setId("assist-banner-mode");
        mode.addClassName("assist-banner-mode");
        Span reason = new Span(getTranslation("assist.banner.reason", reasonText(session)));
        reason.setId("assist-banner-reason");
        Span left = new Span();
        left.setId("assist-banner-time-left");
        Duration remaining = session.timeLeft(VaadinService.getCurrent()
                .getInstantiator()
                .getOrCreate(Clock.class)
                .instant());
        left.setText(minutesAndSeconds(remaining));
        left.getElement().executeJs("""
                const el = this; const end = $0; clearInterval(el.__assistTimer);
                el.__assistTimer = setInterval(() => {
                  const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                  el.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
                }, 1000);""", (double) session.endsAt().toEpochMilli()); // the JSON codec takes no long
        Span time = new Span(new Span(getTranslation("assist.banner.time-left") + " "), left);
        Button end = new Button(getTranslation("assist.banner.end"), click -> {
            service().endMine();
            refresh();
        });
        end.setId("assist-end");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        Button extend = new Button(getTranslation("assist.banner.extend"), click -> new ExtendDialog(this).open());
        extend.setId("assist-extend");
        extend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        extend.setVisible(!session.extended());
        Div pages = new Div();
        pages.addClassName("assist-banner-pages");
        for (String[] page : CUSTOMER_PAGES) {
            pages.add(new Anchor(page[0].isEmpty() ? "." : page[0], getTranslation(page[1])));
        }
        Div line = new Div(who, mode, reason, time, extend, end);
        line.addClassName("assist-banner-line");
        add(line, pages);
        setVisible(true);
        getUI().ifPresent(ui -> ComponentUtil.setData(
                ui, Page.TITLE_PREFIX, getTranslation("assist.title-prefix", session.customerName()) + " "));
    }

    private void showForCustomer(AssistSession session) {
        removeAll();
        removeClassName("assist-banner-staff");
        addClassName("assist-banner-customer");
        Formats formats = new Formats(getLocale());
        Span text = new Span(getTranslation(
                "assist.banner.customer", session.staffName(), formats.moment(session.endsAt()), reasonText(session)));
        text.setId("assist-banner-who");
        Button end = new Button(getTranslation("assist.banner.customer-end"), click -> {
            service().endOnMe();
            Notification.show(getTranslation("assist.banner.customer-ended"), 5000, Notification.Position.TOP_CENTER);
            refresh();
        });
        end.setId("assist-end");
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        add(new Div(text, end));
        setVisible(true);
    }

    private void hide() {
        removeAll();
        setVisible(false);
        getUI().ifPresent(ui -> ComponentUtil.setData(ui, Page.TITLE_PREFIX, null));
    }

    String reasonText(AssistSession session) {
        if (session.reasonCategory() == null) {
            return getTranslation("assist.reason.with-code");
        }
        return getTranslation("assist.category." + session.reasonCategory().name()) + ": " + session.reason() + " ("
                + session.ticket() + ")";
    }

    static String minutesAndSeconds(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    private static AssistService service() {
        return UI.getCurrent() == null
                ? null
                : VaadinService.getCurrent().getInstantiator().getOrCreate(AssistService.class);
    }
}
