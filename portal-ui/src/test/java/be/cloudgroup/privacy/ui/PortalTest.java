package be.cloudgroup.privacy.ui;

import be.cloudgroup.privacy.embedded.EmbeddedMariaDb;
import be.cloudgroup.privacy.embedded.EmbeddedOidcProvider;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the whole application: one Spring context per test JVM on a real
 * MariaDB server and a real (in-process) OIDC provider. Each test builds its own data through
 * {@link TestData} and removes it afterwards.
 */
@SpringBootTest(classes = PortalApplication.class, properties = {
        "portal.bootstrap-admin-email=bootstrap-admin@example.org",
        "management.server.port=0"})
@Import(TestData.class)
public abstract class PortalTest {

    private static final class Infrastructure {
        static final EmbeddedMariaDb DATABASE = EmbeddedMariaDb.startTemporary("privacy_portal");
        static final EmbeddedOidcProvider IDENTITY_PROVIDER = EmbeddedOidcProvider.start(0);
    }

    @Autowired
    protected TestData data;

    @AfterEach
    void removeTestData() {
        data.cleanUp();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", Infrastructure.DATABASE::jdbcUrl);
        registry.add("spring.datasource.username", () -> EmbeddedMariaDb.USER);
        registry.add("spring.datasource.password", () -> EmbeddedMariaDb.PASSWORD);
        registry.add("spring.security.oauth2.client.provider.portal.issuer-uri",
                Infrastructure.IDENTITY_PROVIDER::issuerUri);
        registry.add("spring.security.oauth2.client.registration.portal.client-secret", () -> "test-secret");
    }
}
