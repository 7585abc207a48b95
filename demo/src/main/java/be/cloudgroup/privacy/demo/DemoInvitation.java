package be.cloudgroup.privacy.demo;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.AccountService;
import be.cloudgroup.privacy.account.AuthenticatedAccount;
import be.cloudgroup.privacy.account.ChangeReason;
import be.cloudgroup.privacy.account.InviteCommand;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.customer.EmailAddress;
import be.cloudgroup.privacy.shared.Language;
import java.io.Serializable;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Demo only: right after seeding, the demo admin (Alex Admin) invites a new support agent through
 * the portal's own account service, so the demo has a pending invitation and its e-mail is in the
 * demo mailbox. Sign in through its link as {@value #USER} (password {@code demo}).
 */
final class DemoInvitation {

    static final String USER = "nora";
    static final String EMAIL = USER + "@example.com";

    private DemoInvitation() {}

    static void send(AccountService accounts, DataSource dataSource) {
        AccountPrincipal admin =
                new AccountPrincipal(adminId(dataSource), "Alex Admin", Set.of(Role.ADMIN), null, null);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                new Admin(admin), null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            accounts.invite(new InviteCommand(
                    EmailAddress.valueOf(EMAIL),
                    "Nora Nieuwkomer",
                    Set.of(Role.SUPPORT),
                    null,
                    Language.NL,
                    ChangeReason.valueOf("Demo: a new helpdesk agent starts on Monday")));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static long adminId(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query =
                        connection.prepareStatement("SELECT id FROM portal_account WHERE email = ?")) {
            query.setString(1, DemoData.ADMIN_EMAIL);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("The demo admin account is missing");
                }
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The demo admin could not be read: " + e.getMessage(), e);
        }
    }

    /** The demo admin as the security context's principal, as a signed-in session would hold it. */
    private record Admin(AccountPrincipal account) implements AuthenticatedAccount, Principal, Serializable {

        @Override
        public String getName() {
            return account.displayName();
        }
    }
}
