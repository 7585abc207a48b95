package be.cloudgroup.privacy.account;

import org.springframework.stereotype.Component;

/**
 * There are no assist sessions yet: a later issue adds them and replaces this component with one
 * that reads the session from the authentication. Until then, nobody is ever in one.
 */
@Component
class NoAssistSessions implements AssistSessions {

    @Override
    public boolean active() {
        return false;
    }
}
