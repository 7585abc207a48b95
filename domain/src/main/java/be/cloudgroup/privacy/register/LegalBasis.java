package be.cloudgroup.privacy.register;

/**
 * The six lawful bases of GDPR Art. 6(1) (section 2.3 of the privacy statement). Every purpose in
 * the register has exactly one; where a purpose could rest on two, the register holds the one that
 * decides what the customer can do and its description explains the other.
 */
public enum LegalBasis {
    /** Art. 6(1)(a): free, specific, informed and unambiguous consent of the customer. */
    CONSENT,
    /** Art. 6(1)(b): necessary to perform the contract with the customer or to take steps before it. */
    CONTRACT,
    /** Art. 6(1)(c): necessary to comply with a legal obligation (accounting, telecom law, justice). */
    LEGAL_OBLIGATION,
    /** Art. 6(1)(d): necessary to protect someone's vital interests. */
    VITAL_INTERESTS,
    /** Art. 6(1)(e): a task in the public interest or official authority vested in the controller. */
    PUBLIC_TASK,
    /**
     * Art. 6(1)(f): Cloud Group's legitimate interest, only where it is not overridden by the
     * customer's interests, rights and reasonable expectations.
     */
    LEGITIMATE_INTEREST;

    /**
     * What the customer can do about a purpose resting on this basis: consent is given or withdrawn,
     * a legitimate interest can be objected to, every other basis is explained only.
     */
    public CustomerControl control() {
        return switch (this) {
            case CONSENT -> CustomerControl.GIVE_OR_WITHDRAW;
            case LEGITIMATE_INTEREST -> CustomerControl.OBJECT;
            case CONTRACT, LEGAL_OBLIGATION, VITAL_INTERESTS, PUBLIC_TASK -> CustomerControl.EXPLAINED_ONLY;
        };
    }
}
