package be.cloudgroup.privacy.intake;

import be.cloudgroup.privacy.account.AdminBootstrap;
import be.cloudgroup.privacy.audit.Actor;
import be.cloudgroup.privacy.audit.AuditAction;
import be.cloudgroup.privacy.audit.Auditor;
import be.cloudgroup.privacy.audit.CurrentActor;
import be.cloudgroup.privacy.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a file from the company's systems (see {@link IntakeFormat}), read line by line in
 * batches of {@link #BATCH_SIZE} lines, one transaction per batch.
 *
 * <p>The batch rule: a line that is invalid or that the store refuses (unknown customer, …) is
 * reported with its number and skipped, and the other lines of its batch are imported; a database
 * failure rolls the whole batch back (never a half-imported batch), reports each of its lines as
 * refused and the import goes on with the next batch. One import runs at a time.
 */
@Service
public class IntakeService {

    /** Lines per transaction. */
    public static final int BATCH_SIZE = 500;

    /** Refused lines a report lists one by one; the count includes all of them. */
    public static final int REPORTED_REFUSALS = 1000;

    static final String TARGET = "import";
    private static final int TARGET_ID_MAX_LENGTH = 60;

    private final IntakeStore store;
    private final Auditor auditor;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ReentrantLock running = new ReentrantLock();

    public IntakeService(
            IntakeStore store,
            Auditor auditor,
            CurrentActor currentActor,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.auditor = auditor;
        this.currentActor = currentActor;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Imports the file in constant memory and audits the import (actor, file name, SHA-256, counts).
     * {@code fileName} is the name the file had for the person or job that gave it.
     *
     * @throws IntakeBusyException when another import is running
     */
    @PreAuthorize("hasRole('ADMIN') or hasAuthority('" + AdminBootstrap.SYSTEM_AUTHORITY + "')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public IntakeReport importFile(Path file, String fileName, IntakeProgress progress) throws IOException {
        if (!running.tryLock()) {
            throw new IntakeBusyException();
        }
        try {
            return read(file, fileName, progress);
        } finally {
            running.unlock();
        }
    }

    private IntakeReport read(Path file, String fileName, IntakeProgress progress) throws IOException {
        long size = Math.max(1, Files.size(file));
        MessageDigest sha256 = sha256();
        Tally tally = new Tally();
        try (CountingStream counted = new CountingStream(Files.newInputStream(file));
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(new DigestInputStream(counted, sha256), StandardCharsets.UTF_8))) {
            List<IntakeLine> batch = new ArrayList<>(BATCH_SIZE);
            long number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                tally.lines++;
                try {
                    batch.add(new IntakeLine(number, IntakeFormat.parse(line)));
                } catch (InvalidValueException refused) {
                    tally.refuse(IntakeRefusal.of(number, refused));
                }
                if (batch.size() == BATCH_SIZE) {
                    apply(batch, fileName, tally);
                    batch.clear();
                    progress.update(tally.lines, Math.min(1.0, (double) counted.count / size));
                }
            }
            apply(batch, fileName, tally);
            progress.update(tally.lines, 1.0);
        }
        IntakeReport report = tally.report(fileName, HexFormat.of().formatHex(sha256.digest()));
        transaction.executeWithoutResult(status -> auditor.record(
                AuditAction.IMPORT_RUN,
                null,
                TARGET,
                fileName.length() > TARGET_ID_MAX_LENGTH ? fileName.substring(0, TARGET_ID_MAX_LENGTH) : fileName,
                Map.of(
                        "file", fileName,
                        "sha256", report.sha256(),
                        "lines", Long.toString(report.lines()),
                        "created", Long.toString(report.created()),
                        "updated", Long.toString(report.updated()),
                        "unchanged", Long.toString(report.unchanged()),
                        "conflicts", Long.toString(report.conflicts()),
                        "refused", Long.toString(report.refused()))));
        return report;
    }

    /** One transaction: the store's upserts and an activity event per changed customer, or nothing. */
    private void apply(List<IntakeLine> batch, String fileName, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        BatchOutcome outcome;
        try {
            outcome = transaction.execute(status -> {
                BatchOutcome applied = store.apply(batch, fileName, clock.instant());
                for (BatchOutcome.Change change : applied.changes()) {
                    auditor.record(
                            AuditAction.CUSTOMER_IMPORTED,
                            change.customerId(),
                            "customer",
                            change.customerNumber(),
                            Map.of(
                                    "file",
                                    fileName,
                                    "changed",
                                    String.join(
                                            ",", change.what().stream().sorted().toList())));
                }
                return applied;
            });
        } catch (DataAccessException failure) {
            for (IntakeLine line : batch) {
                tally.refuse(new IntakeRefusal(
                        line.number(),
                        "intake.refused.batch-failed",
                        List.of(),
                        "The database refused the batch; none of its lines was imported"));
            }
            return;
        }
        tally.add(outcome);
    }

    /** The open conflicts, oldest first, a page at a time. */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<IntakeConflict> openConflicts(int offset, int limit) {
        return store.openConflicts(offset, limit);
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public long countOpenConflicts() {
        return store.countOpenConflicts();
    }

    /**
     * Resolves an open conflict (audited with the admin, the field and the value kept):
     * {@code takeImported} gives the customer's field the imported value; otherwise the
     * customer's own value stays. Either way a later import of the same value changes nothing.
     *
     * @throws IntakeConflictNotFoundException when the conflict is unknown or already resolved
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public void resolve(long conflictId, boolean takeImported) {
        IntakeConflict conflict = store.openConflict(conflictId).orElseThrow(IntakeConflictNotFoundException::new);
        String admin = currentActor.get().orElse(Actor.SYSTEM).name();
        store.resolve(conflictId, takeImported, admin, clock.instant());
        auditor.record(
                AuditAction.IMPORT_CONFLICT_RESOLVED,
                conflict.customerId(),
                "customer",
                conflict.customerNumber(),
                Map.of(
                        "field", conflict.field(),
                        "kept", takeImported ? "imported" : "customer",
                        "old", takeImported ? conflict.portalValue() : conflict.importedValue(),
                        "new", takeImported ? conflict.importedValue() : conflict.portalValue(),
                        "file", conflict.fileName()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static final class Tally {
        long lines;
        long created;
        long updated;
        long unchanged;
        long conflicts;
        long refused;
        final List<IntakeRefusal> refusals = new ArrayList<>();

        void refuse(IntakeRefusal refusal) {
            refused++;
            if (refusals.size() < REPORTED_REFUSALS) {
                refusals.add(refusal);
            }
        }

        void add(BatchOutcome outcome) {
            created += outcome.created();
            updated += outcome.updated();
            unchanged += outcome.unchanged();
            conflicts += outcome.conflicts();
            outcome.refusals().forEach(this::refuse);
        }

        IntakeReport report(String fileName, String sha256) {
            List<IntakeRefusal> byLine = new ArrayList<>(refusals);
            byLine.sort(Comparator.comparingLong(IntakeRefusal::line));
            return new IntakeReport(fileName, sha256, lines, created, updated, unchanged, conflicts, refused, byLine);
        }
    }

    /** Counts the bytes read from the file, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
