package be.cloudgroup.privacy.ui.download;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.AuthenticatedAccount;
import be.cloudgroup.privacy.account.Role;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A signed-in portal account as the OIDC login makes it, authenticated at a chosen moment. */
final class OidcAccount extends DefaultOidcUser implements AuthenticatedAccount {

    private final AccountPrincipal account;

    private OidcAccount(AccountPrincipal account, Instant authenticatedAt) {
        super(
                authorities(account),
                OidcIdToken.withTokenValue("test-token")
                        .subject("subject-" + account.accountId())
                        .issuedAt(authenticatedAt)
                        .expiresAt(authenticatedAt.plusSeconds(3600))
                        .authTime(authenticatedAt)
                        .build());
        this.account = account;
    }

    static OAuth2AuthenticationToken authentication(AccountPrincipal account, Instant authenticatedAt) {
        return new OAuth2AuthenticationToken(new OidcAccount(account, authenticatedAt), authorities(account), "portal");
    }

    @Override
    public AccountPrincipal account() {
        return account;
    }

    private static List<GrantedAuthority> authorities(AccountPrincipal account) {
        return account.roles().stream()
                .map(Role::authority)
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OidcAccount user && super.equals(user) && account.equals(user.account);
    }

    @Override
    public int hashCode() {
        return super.hashCode() ^ account.hashCode();
    }
}
