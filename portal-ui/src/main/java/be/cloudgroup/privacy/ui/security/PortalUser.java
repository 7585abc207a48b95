package be.cloudgroup.privacy.ui.security;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.AuthenticatedAccount;
import be.cloudgroup.privacy.account.Role;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of a portal session: the OIDC identity plus the portal account it belongs to.
 * Authorities are the account's roles from the portal database, never claims of the provider.
 */
public final class PortalUser extends DefaultOidcUser implements AuthenticatedAccount {

    private final AccountPrincipal account;

    PortalUser(OidcUser identity, AccountPrincipal account) {
        super(
                account.roles().stream()
                        .map(Role::authority)
                        .map(SimpleGrantedAuthority::new)
                        .collect(Collectors.toSet()),
                identity.getIdToken(),
                identity.getUserInfo() == null ? new OidcUserInfo(identity.getClaims()) : identity.getUserInfo(),
                "sub");
        this.account = account;
    }

    @Override
    public AccountPrincipal account() {
        return account;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalUser user && super.equals(user) && account.equals(user.account);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), account);
    }
}
