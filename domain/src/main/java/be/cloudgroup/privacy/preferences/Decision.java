package be.cloudgroup.privacy.preferences;

import be.cloudgroup.privacy.register.CustomerControl;

/**
 * A decision of the customer about one subject. Consent is given and withdrawn; an objection is
 * made and lifted. Which pair applies follows from the subject's {@link CustomerControl}.
 */
public enum Decision {
    GIVEN(CustomerControl.GIVE_OR_WITHDRAW),
    WITHDRAWN(CustomerControl.GIVE_OR_WITHDRAW),
    OBJECTED(CustomerControl.OBJECT),
    OBJECTION_LIFTED(CustomerControl.OBJECT);

    private final CustomerControl control;

    Decision(CustomerControl control) {
        this.control = control;
    }

    /** The control under which this decision can be made. */
    public CustomerControl control() {
        return control;
    }

    /**
     * Whether this decision is a restriction (withdrawing or objecting): the direction a customer can
     * always take, also through an unsubscribe link.
     */
    public boolean restricts() {
        return this == WITHDRAWN || this == OBJECTED;
    }

    /**
     * Whether the subject is "on" after this decision: consent given, or (for an objection control)
     * processing allowed because no objection stands.
     */
    boolean allows() {
        return this == GIVEN || this == OBJECTION_LIFTED;
    }
}
