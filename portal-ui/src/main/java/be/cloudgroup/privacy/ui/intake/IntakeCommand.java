package be.cloudgroup.privacy.ui.intake;

import be.cloudgroup.privacy.intake.IntakeProgress;
import be.cloudgroup.privacy.intake.IntakeRefusal;
import be.cloudgroup.privacy.intake.IntakeReport;
import be.cloudgroup.privacy.intake.IntakeService;
import be.cloudgroup.privacy.ui.security.SystemTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The nightly job's door: started with {@code --portal.intake.path=<file or directory>}, the portal
 * imports the file (or every {@code *.jsonl} file of the directory, by name) as the system actor,
 * logs each report and exits: 0 when every line was taken, 1 when lines were refused, 2 when a file
 * could not be read.
 */
@Component
@ConditionalOnProperty("portal.intake.path")
class IntakeCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IntakeCommand.class);

    private final IntakeService intake;
    private final ApplicationContext context;
    private final Path path;

    IntakeCommand(IntakeService intake, ApplicationContext context, @Value("${portal.intake.path}") Path path) {
        this.intake = intake;
        this.context = context;
        this.path = path;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int exit = SystemTask.run(this::importAll);
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> exit));
    }

    private int importAll() {
        int exit = 0;
        try {
            for (Path file : files()) {
                IntakeReport report = intake.importFile(file, file.getFileName().toString(), IntakeProgress.NONE);
                log.info(
                        "Imported {} (SHA-256 {}): {} lines, {} created, {} updated, {} unchanged, {} conflicts, {} refused",
                        report.fileName(),
                        report.sha256(),
                        report.lines(),
                        report.created(),
                        report.updated(),
                        report.unchanged(),
                        report.conflicts(),
                        report.refused());
                for (IntakeRefusal refusal : report.refusals()) {
                    log.warn("{} line {} refused: {}", report.fileName(), refusal.line(), refusal.reason());
                }
                if (report.refused() > 0) {
                    exit = 1;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            log.error("Import from {} failed", path, e);
            return 2;
        }
        return exit;
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jsonl"))
                    .sorted()
                    .toList();
        }
    }
}
