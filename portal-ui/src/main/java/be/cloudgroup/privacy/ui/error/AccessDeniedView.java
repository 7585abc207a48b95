package be.cloudgroup.privacy.ui.error;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A route the signed-in person's roles do not open: answered exactly like an unknown address. */
@AnonymousAllowed
public class AccessDeniedView extends NotFoundPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return show();
    }
}
