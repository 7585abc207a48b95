package be.cloudgroup.privacy.ui.assist;

import be.cloudgroup.privacy.assist.AccessCode;
import be.cloudgroup.privacy.assist.AssistRules;
import be.cloudgroup.privacy.assist.AssistService;
import be.cloudgroup.privacy.ui.layout.Formats;
import be.cloudgroup.privacy.ui.layout.Page;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Let support help me": the customer, on the phone with support, creates a six-digit code valid
 * 30 minutes and reads it out. The code is shown once; a new one replaces it.
 */
@Route("assist")
@Menu(title = "assist.nav", order = 5.5, icon = "vaadin:handshake")
@RolesAllowed("CUSTOMER")
public class AssistHelpView extends Page {

    private final transient AssistService assist;
    private final Div codeArea = new Div();

    public AssistHelpView(AssistService assist) {
        super("assist.customer.title");
        this.assist = assist;
        Button create = new Button(getTranslation("assist.customer.create"), click -> createCode());
        create.setId("assist-create-code");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        codeArea.setId("assist-code-area");
        add(
                paragraph("assist.customer.intro", AssistRules.CODE_VALIDITY.toMinutes()),
                paragraph("assist.customer.what-support-may"),
                create,
                codeArea);
    }

    private void createCode() {
        AccessCode code = assist.createAccessCode();
        codeArea.removeAll();
        Span digits = new Span(code.code().substring(0, 3) + " " + code.code().substring(3));
        digits.setId("assist-code");
        digits.addClassName("assist-code");
        codeArea.add(
                digits,
                new Paragraph(getTranslation(
                        "assist.customer.valid-until", new Formats(getLocale()).moment(code.expiresAt()))));
    }
}
