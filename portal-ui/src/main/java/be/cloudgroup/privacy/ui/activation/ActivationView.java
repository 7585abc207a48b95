package be.cloudgroup.privacy.ui.activation;

import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.activation.ActivationAnswer;
import be.cloudgroup.privacy.activation.ActivationIdentity;
import be.cloudgroup.privacy.activation.ActivationResult;
import be.cloudgroup.privacy.activation.ActivationService;
import be.cloudgroup.privacy.correction.ContactVerificationService;
import be.cloudgroup.privacy.customer.CustomerNumber;
import be.cloudgroup.privacy.shared.InvalidValueException;
import be.cloudgroup.privacy.ui.i18n.PortalI18NProvider;
import be.cloudgroup.privacy.ui.layout.Homes;
import be.cloudgroup.privacy.ui.security.AnotherAccount;
import be.cloudgroup.privacy.ui.security.PendingActivation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * Where someone signed in at the identity provider without a portal account lands: they give
 * their customer number, enter the code sent to the contact details on file, and are signed in to
 * their new account. Only the identity kept by {@link PendingActivation} may activate (the route
 * itself is open, like the sign-in problem page); without one the page says there is nothing to do.
 */
@Route(value = PendingActivation.ROUTE, autoLayout = false)
@AnonymousAllowed
public class ActivationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ActivationService activation;
    private final transient PendingActivation pending;
    private final transient PortalI18NProvider i18n;
    private final transient AnotherAccount anotherAccount;
    private final TextField number = new TextField();
    private final TextField code = new TextField();
    private final Button confirm = new Button();
    private final Paragraph status = new Paragraph();
    private String requestedNumber = "";

    public ActivationView(
            ActivationService activation,
            PendingActivation pending,
            PortalI18NProvider i18n,
            AnotherAccount anotherAccount) {
        this.activation = activation;
        this.pending = pending;
        this.i18n = i18n;
        this.anotherAccount = anotherAccount;
        addClassName("portal-standalone");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentAccount.get().isPresent()) {
            // signed in with an account (e.g. after "Sign in with another account"): nothing to activate
            event.forwardTo(Homes.root());
            return;
        }
        removeAll();
        H1 title = new H1(getTranslation("activation.title"));
        title.setId("page-title");
        add(title);
        Optional<ActivationIdentity> identity = pending.identity();
        if (identity.isEmpty()) {
            Anchor signIn = new Anchor(PendingActivation.SIGN_IN_PATH, getTranslation("activation.sign-in"));
            signIn.setId("activation-sign-in");
            signIn.getElement().setAttribute("router-ignore", true);
            add(new Paragraph(getTranslation("activation.nothing")), new Paragraph(signIn));
            return;
        }
        add(new Paragraph(getTranslation("activation.intro")));
        number.setLabel(getTranslation("activation.number"));
        number.setHelperText(getTranslation("activation.number.help"));
        number.setId("activation-number");
        number.setMaxLength(CustomerNumber.MAX_LENGTH);
        number.setRequired(true);
        number.setAutofocus(true);
        Button send = new Button(getTranslation("activation.send"), click -> send(identity.get()));
        send.setId("activation-send");
        send.addClickShortcut(Key.ENTER).listenOn(number);
        status.setId("activation-status");
        status.getElement().setAttribute("role", "status");
        code.setLabel(getTranslation("activation.code"));
        code.setId("activation-code");
        code.setMaxLength(7);
        code.setEnabled(false);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        confirm.setText(getTranslation("activation.confirm"));
        confirm.setId("activation-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(click -> confirm(identity.get()));
        confirm.addClickShortcut(Key.ENTER).listenOn(code);
        // signed in at the provider with the wrong identity: ends both sessions, then a fresh sign-in
        Button another = anotherAccount.button();
        another.setId("activation-another-account");
        add(
                row(number, send),
                status,
                row(code, confirm),
                new Paragraph(getTranslation("activation.staff")),
                new Paragraph(another));
    }

    private void send(ActivationIdentity identity) {
        number.setInvalid(false);
        try {
            ActivationAnswer answer = activation.request(identity, number.getValue());
            if (answer instanceof ActivationAnswer.CodeSent sent) {
                requestedNumber = number.getValue();
                status.setText(getTranslation(
                        "activation.sent", sent.hint(), ContactVerificationService.VALIDITY.toMinutes()));
                code.setEnabled(true);
                confirm.setEnabled(true);
                code.clear();
                code.focus();
            } else {
                status.setText(getTranslation("activation.too-many"));
            }
        } catch (InvalidValueException e) {
            number.setErrorMessage(i18n.message(e, getLocale()));
            number.setInvalid(true);
        }
    }

    private void confirm(ActivationIdentity identity) {
        code.setInvalid(false);
        ActivationResult result = activation.confirm(identity, requestedNumber, code.getValue());
        switch (result) {
            case ACTIVATED -> signIn();
            case WRONG_CODE -> {
                code.setErrorMessage(getTranslation("activation.wrong-code"));
                code.setInvalid(true);
                code.focus();
            }
            case EXPIRED, NOTHING_PENDING -> {
                status.setText(getTranslation("activation.expired"));
                code.setEnabled(false);
                confirm.setEnabled(false);
                number.focus();
            }
            case NOT_POSSIBLE -> {
                status.setText(getTranslation("activation.not-possible"));
                code.setEnabled(false);
                confirm.setEnabled(false);
            }
        }
    }

    /** Into the portal with the new account: the page reloads inside the new session, at the dashboard. */
    private void signIn() {
        if (pending.signIn()) {
            getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
        } else {
            status.setText(getTranslation("activation.done-sign-in"));
            code.setEnabled(false);
            confirm.setEnabled(false);
        }
    }

    private static HorizontalLayout row(TextField field, Button button) {
        HorizontalLayout row = new HorizontalLayout(field, button);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true); // on a phone the button goes under its field instead of past the screen's edge
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activation.title") + " – " + getTranslation("app.name");
    }
}
