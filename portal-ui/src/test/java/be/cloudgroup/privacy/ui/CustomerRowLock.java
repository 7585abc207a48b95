package be.cloudgroup.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer's row locked by another transaction, for concurrency tests: calls started meanwhile
 * that lock the row too are all in progress at once, which {@link #awaitWaiting} proves (from the
 * database's process list), and run one after the other once the lock is {@linkplain #close()
 * released}.
 */
public final class CustomerRowLock implements AutoCloseable {

    private static final String LOCK = "SELECT id FROM customer WHERE id = ? FOR UPDATE";

    private final TestData data;
    private final ExecutorService holder = Executors.newSingleThreadExecutor();
    private final CountDownLatch release = new CountDownLatch(1);
    private final Future<?> holding;

    private CustomerRowLock(TransactionTemplate transactions, TestData data, long customerId)
            throws InterruptedException {
        this.data = data;
        CountDownLatch held = new CountDownLatch(1);
        holding = holder.submit(() -> transactions.executeWithoutResult(status -> {
            data.ids(LOCK, customerId);
            held.countDown();
            await(release);
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).as("the row was locked").isTrue();
    }

    public static CustomerRowLock hold(TransactionTemplate transactions, TestData data, long customerId)
            throws InterruptedException {
        return new CustomerRowLock(transactions, data, customerId);
    }

    /** Whether {@code statements} statements wait for a customer's row at the same time within the timeout. */
    public boolean awaitWaiting(int statements, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (waiting() < statements) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Releases the row and waits for the holding transaction to end. */
    @Override
    public void close() throws Exception {
        release.countDown();
        try {
            holding.get(10, TimeUnit.SECONDS);
        } finally {
            holder.shutdownNow();
        }
    }

    /** Statements waiting for a customer's row lock now (the portal's own connections: no PROCESS privilege needed). */
    private long waiting() {
        return data.count("""
                SELECT COUNT(*) FROM information_schema.processlist
                WHERE info LIKE 'SELECT id FROM customer WHERE id = %FOR UPDATE' AND command <> 'Sleep'""");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
