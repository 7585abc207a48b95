package be.cloudgroup.privacy.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The simulated customers of {@link LoadBenchmarkIT}, meant to run in a JVM of their own (its
 * {@link #main}) so that their heap, collections and threads are not the portal's: {@code count}
 * customers from number {@code first} on ({@code load-0000}, …) all sign in at once, then all load
 * the portal and open the dashboard, My data and Preferences {@code rounds} times each, a random
 * think time apart (as the test says), sending the open page's heartbeats. Each
 * request carries the tag the portal's timer sorts it by. What the client saw (sign-in times,
 * failures) goes to a result file.
 */
final class LoadCustomers {

    static final String PAGE_HEADER = "X-Benchmark-Page";
    /** The portal's {@code vaadin.heartbeat-interval}: a UI without heartbeats for three of them is closed. */
    private static final int HEARTBEAT_SECONDS = 10;
    /** Route, and a text only its view shows. */
    private static final Map<String, String> PAGES = Map.of(
            "", "Your customer number is",
            "my-data", "Contracts and services",
            "preferences", "Give or withdraw consent");

    static final List<String> ORDER = List.of("", "my-data", "preferences");

    /** What the customers saw: each sign-in's time, how long all sign-ins took, how many customers failed. */
    record Outcome(List<Long> signInNanos, double signInSeconds, int failed) {

        void write(Path file) throws IOException {
            Files.writeString(
                    file,
                    "%s%n%s%n%d%n"
                            .formatted(
                                    signInSeconds,
                                    signInNanos.stream().map(String::valueOf).collect(Collectors.joining(",")),
                                    failed));
        }

        static Outcome read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file);
            List<Long> nanos = lines.get(1).isEmpty()
                    ? List.of()
                    : java.util.Arrays.stream(lines.get(1).split(","))
                            .map(Long::valueOf)
                            .toList();
            return new Outcome(nanos, Double.parseDouble(lines.get(0)), Integer.parseInt(lines.get(2)));
        }
    }

    private LoadCustomers() {}

    /** The pause between two pages, drawn evenly from {@code [fromMillis, toMillis)}. */
    record ThinkTime(long fromMillis, long toMillis) {

        /** {@code 500-1500}: milliseconds. */
        static ThinkTime parse(String text) {
            String[] bounds = text.split("-");
            return new ThinkTime(Long.parseLong(bounds[0].strip()), Long.parseLong(bounds[1].strip()));
        }

        long draw() {
            return ThreadLocalRandom.current().nextLong(fromMillis, toMillis);
        }

        @Override
        public String toString() {
            return fromMillis + "-" + toMillis;
        }
    }

    /** {@code <portal url> <first customer> <count> <rounds> <think time> <result file>} */
    public static void main(String[] arguments) throws Exception {
        Outcome outcome = run(
                arguments[0],
                Integer.parseInt(arguments[1]),
                Integer.parseInt(arguments[2]),
                Integer.parseInt(arguments[3]),
                ThinkTime.parse(arguments[4]));
        outcome.write(Path.of(arguments[5]));
        // the HTTP clients' selector threads would keep the JVM a moment longer
        System.exit(0);
    }

    static Outcome run(String portalUrl, int first, int count, int rounds, ThinkTime think)
            throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        ExecutorService io = Executors.newFixedThreadPool(Math.max(4, count / 10));
        ScheduledExecutorService heartbeats = Executors.newScheduledThreadPool(count);
        try {
            List<HttpBrowser> browsers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                browsers.add(new HttpBrowser(portalUrl, io));
            }
            AtomicInteger failed = new AtomicInteger();
            Queue<Long> signInNanos = new ConcurrentLinkedQueue<>();
            CountDownLatch ready = new CountDownLatch(count);
            List<Future<?>> signIns = new ArrayList<>();
            long signInStart = System.nanoTime();
            for (int i = 0; i < count; i++) {
                HttpBrowser browser = browsers.get(i);
                String user = "load-%04d".formatted(first + i);
                signIns.add(threads.submit(() -> {
                    ready.countDown();
                    ready.await();
                    long start = System.nanoTime();
                    browser.tag(PAGE_HEADER, "sign-in");
                    browser.signIn(user);
                    signInNanos.add(System.nanoTime() - start);
                    return null;
                }));
            }
            await(signIns, failed);
            double signInSeconds = (System.nanoTime() - signInStart) / 1e9;

            List<Future<?>> visits = new ArrayList<>();
            for (HttpBrowser browser : browsers) {
                visits.add(threads.submit(() -> {
                    browser.tag(PAGE_HEADER, "load");
                    browser.load("");
                    // the open page's heartbeats, as the Vaadin client sends them (without, the UI closes)
                    ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(
                            browser::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                    try {
                        for (int round = 0; round < rounds; round++) {
                            for (String route : ORDER) {
                                Thread.sleep(think.draw());
                                browser.tag(PAGE_HEADER, tag(route));
                                String answer = browser.navigate(route);
                                if (!answer.contains(PAGES.get(route))) {
                                    throw new IllegalStateException("/" + route + " did not show its view");
                                }
                            }
                        }
                    } finally {
                        heartbeat.cancel(false);
                    }
                    return null;
                }));
            }
            await(visits, failed);
            return new Outcome(List.copyOf(signInNanos), signInSeconds, failed.get());
        } finally {
            threads.shutdownNow();
            heartbeats.shutdownNow();
            io.shutdownNow();
        }
    }

    /** The timer's tag of a route's page (a header value: no trailing space, which HTTP would drop). */
    static String tag(String route) {
        return "page " + (route.isEmpty() ? "dashboard" : route);
    }

    private static void await(List<Future<?>> tasks, AtomicInteger failed) throws InterruptedException {
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (ExecutionException e) {
                if (failed.getAndIncrement() < 3) {
                    e.getCause().printStackTrace();
                }
            }
        }
    }
}
