package be.cloudgroup.privacy.persistence;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Boots JPA, Liquibase and the adapters against the shared embedded MariaDB. */
@SpringBootApplication(scanBasePackages = "be.cloudgroup.privacy.nothing")
@Import(PersistenceConfiguration.class)
class PersistenceTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
