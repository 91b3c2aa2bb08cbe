package org.amicus.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A test's view of {@code /__amicus/events}: the data of each {@code state} event, in order. */
final class EventStream {

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private EventStream() {
    }

    /** Connects and reads on a daemon thread until the server ends the stream. */
    static EventStream open(HttpClient client, String url) throws Exception {
        HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200
                || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
            fail("not an event stream: " + response.statusCode() + " " + response.headers());
        }
        EventStream stream = new EventStream();
        Thread reader = new Thread(() -> {
            String event = null;
            try (Stream<String> lines = response.body()) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.startsWith("event: ")) {
                        event = line.substring("event: ".length());
                    } else if (line.startsWith("data: ") && "state".equals(event)) {
                        stream.events.add(line.substring("data: ".length()));
                    } else if (line.isEmpty()) {
                        event = null;
                    }
                }
            } catch (RuntimeException e) {
                // the stream was cut: the test sees no more events
            }
            stream.events.add(END);
        }, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
        return stream;
    }

    private static final String END = "";

    /** The next event whose data matches, waiting at most {@code seconds}; fails the test otherwise. */
    String next(Predicate<String> wanted, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            String event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (event == null || event.equals(END)) {
                return fail("no matching event within " + seconds + " s" + (event == null ? "" : " (stream ended)")
                        + "; saw " + seen);
            }
            seen.add(event);
            if (wanted.test(event)) {
                return event;
            }
        }
    }

    /** Whether the server ended the stream within {@code seconds}. */
    boolean ends(long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String event;
        while ((event = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
            if (event.equals(END)) {
                return true;
            }
        }
        return false;
    }
}
