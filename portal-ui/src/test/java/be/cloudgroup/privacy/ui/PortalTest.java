package be.cloudgroup.privacy.ui;

import be.cloudgroup.privacy.account.AccountPrincipal;
import be.cloudgroup.privacy.account.AuthenticatedAccount;
import be.cloudgroup.privacy.account.Role;
import be.cloudgroup.privacy.embedded.EmbeddedMariaDb;
import be.cloudgroup.privacy.embedded.EmbeddedOidcProvider;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.Serializable;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the whole application: one Spring context per test JVM on a real
 * MariaDB server and a real (in-process) OIDC provider. Each test builds its own data through
 * {@link TestData} and removes it afterwards.
 */
@SpringBootTest(
        classes = PortalApplication.class,
        properties = {
            "portal.bootstrap-admin-email=bootstrap-admin@example.org",
            "management.server.port=0",
            "spring.jpa.properties.hibernate.generate_statistics=true"
        })
@Import(TestData.class)
public abstract class PortalTest {

    private static final class Infrastructure {
        static final EmbeddedMariaDb DATABASE = EmbeddedMariaDb.startTemporary("privacy_portal");
        static final EmbeddedOidcProvider IDENTITY_PROVIDER = EmbeddedOidcProvider.start(0);
        static final GreenMail SMTP = startSmtp();
        /** Secrets pass the start-up check (SecretsCheck) only if random: new ones per test JVM. */
        static final String CLIENT_SECRET = randomSecret();

        static final String UNSUBSCRIBE_SECRET = randomSecret();

        private static String randomSecret() {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            return HexFormat.of().formatHex(secret);
        }

        private static GreenMail startSmtp() {
            GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            smtp.start();
            return smtp;
        }
    }

    /** The real SMTP server (GreenMail) every test context sends its mail to. */
    protected static GreenMail smtp() {
        return Infrastructure.SMTP;
    }

    @Autowired
    protected TestData data;

    @Autowired
    private ObjectProvider<SecurityContextHolderStrategy> securityContextStrategy;

    /**
     * The security context of this test's application context: a second context in the JVM (a test
     * with other properties) replaces the JVM-wide strategy, which this context's method security
     * does not read.
     */
    @BeforeEach
    void useThisContextsSecurityContext() {
        securityContextStrategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @AfterEach
    void removeTestData() {
        data.cleanUp();
        SecurityContextHolder.clearContext();
    }

    /** Puts the account into the security context, as a signed-in session would. */
    protected static Authentication runAs(AccountPrincipal account) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                new TestPrincipal(account),
                null,
                account.roles().stream()
                        .map(Role::authority)
                        .map(SimpleGrantedAuthority::new)
                        .toList());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        return authentication;
    }

    private record TestPrincipal(AccountPrincipal account) implements AuthenticatedAccount, Principal, Serializable {

        @Override
        public String getName() {
            return account.displayName();
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", Infrastructure.DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", () -> EmbeddedMariaDb.USER);
        registry.add("spring.datasource.password", () -> EmbeddedMariaDb.PASSWORD);
        registry.add(
                "spring.security.oauth2.client.provider.portal.issuer-uri",
                Infrastructure.IDENTITY_PROVIDER::issuerUri);
        registry.add(
                "spring.security.oauth2.client.registration.portal.client-secret", () -> Infrastructure.CLIENT_SECRET);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> Infrastructure.SMTP.getSmtp().getPort());
        registry.add("portal.unsubscribe.secret", () -> Infrastructure.UNSUBSCRIBE_SECRET);
    }
}
