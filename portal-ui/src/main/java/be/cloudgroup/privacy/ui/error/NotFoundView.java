package be.cloudgroup.privacy.ui.error;

import be.cloudgroup.privacy.account.CurrentAccount;
import be.cloudgroup.privacy.account.ForeignReferenceGuard;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Unknown addresses and foreign ids; an address naming another customer is recorded. */
@AnonymousAllowed
public class NotFoundView extends NotFoundPage implements HasErrorParameter<NotFoundException> {

    private final transient ForeignReferenceGuard guard;

    public NotFoundView(ForeignReferenceGuard guard) {
        this.guard = guard;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (CurrentAccount.get().isPresent()) {
            guard.unknownAddressOpened(event.getLocation().getPath());
        }
        return show();
    }
}
