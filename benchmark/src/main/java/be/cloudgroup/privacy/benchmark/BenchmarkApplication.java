package be.cloudgroup.privacy.benchmark;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The domain and persistence modules as the portal wires them, without the UI: JPA, Liquibase and
 * every bean of both modules. The context starts lazily (see {@link ExportBenchmark}), so services
 * whose ports only the UI module implements (mail, SMS, the signed-in account) stay unbuilt.
 */
@SpringBootApplication(scanBasePackages = "be.cloudgroup.privacy")
class BenchmarkApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
