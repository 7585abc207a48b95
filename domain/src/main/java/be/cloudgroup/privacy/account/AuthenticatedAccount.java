package be.cloudgroup.privacy.account;

/**
 * Implemented by the security principal of a portal session, so that application services can
 * find the signed-in account without knowing how the user authenticated (OIDC in the portal).
 */
public interface AuthenticatedAccount {

    AccountPrincipal account();
}
