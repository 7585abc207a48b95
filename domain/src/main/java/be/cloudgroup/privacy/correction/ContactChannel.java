package be.cloudgroup.privacy.correction;

/** Where a one-time code goes: the new e-mail address, or the new mobile number by SMS. */
public enum ContactChannel {
    EMAIL,
    SMS
}
