import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Loads {@code amicus serve} the way a busy preview is loaded: {@code CONNECTIONS} clients on loopback, each on
 * its own kept-alive HTTP/1.1 connection, ask for the site's files in turn until {@code REQUESTS} answers have
 * come back, while other clients ask for a page and hang up after its first bytes (with a TCP reset). Then
 * one more request must be answered. Prints the counts and the latency percentiles; exits 1 on any error.
 *
 * <pre>java src/bench/ServeLoad.java http://127.0.0.1:1313/ target/amicus-serve [REQUESTS] [CONNECTIONS] [HANGUPS]</pre>
 *
 * Every response must be 200 with the whole body its Content-Length announces; a reset, a timeout or another
 * status on a kept-alive connection is an error. No dependency beyond the JDK, so it runs as a source file.
 */
public final class ServeLoad {

    private static final int TIMEOUT_MS = 30_000;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java src/bench/ServeLoad.java BASE_URL SITE_FOLDER [REQUESTS] [CONNECTIONS] "
                    + "[HANGUPS]");
            System.exit(2);
        }
        java.net.URI base = java.net.URI.create(args[0]);
        List<String> paths = paths(Path.of(args[1]), base.getPath());
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int connections = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        int hangups = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;
        InetSocketAddress address = new InetSocketAddress(base.getHost(), base.getPort());
        String host = base.getHost() + ":" + base.getPort();

        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger hangupsDone = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        long[] latencies = new long[requests];
        CountDownLatch done = new CountDownLatch(connections + 1);
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            new Thread(() -> {
                Connection socket = null;
                try {
                    for (int i; (i = next.getAndIncrement()) < requests; ) {
                        String path = paths.get(i % paths.size());
                        long sent = System.nanoTime();
                        try {
                            if (socket == null) {
                                socket = connect(address);
                            }
                            Response response = get(socket, host, path);
                            bytes.addAndGet(response.body);
                            if (response.status != 200) {
                                fail(errors, firstErrors, path + ": status " + response.status);
                            }
                            if (response.close) {
                                socket.close();
                                socket = null;
                            }
                        } catch (IOException e) {
                            fail(errors, firstErrors, path + ": " + e);
                            closeQuietly(socket);
                            socket = null;
                        }
                        latencies[i] = System.nanoTime() - sent;
                    }
                } finally {
                    closeQuietly(socket);
                    done.countDown();
                }
            }, "load-" + c).start();
        }
        new Thread(() -> { // clients that give up mid-response
            try {
                for (int h = 0; h < hangups; h++) {
                    try (Connection socket = connect(address)) {
                        socket.socket.setSoLinger(true, 0); // close with a reset, as a killed browser tab does
                        request(socket, host, paths.get(h % paths.size()));
                        socket.in.read(new byte[64]);
                        hangupsDone.incrementAndGet();
                    } catch (IOException e) {
                        // a hang-up's own failure is not the server's; the other clients' errors are what count
                    }
                }
            } finally {
                done.countDown();
            }
        }, "hangups").start();
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;

        boolean answersAfter;
        try (Connection socket = connect(address)) {
            answersAfter = get(socket, host, paths.get(0)).status == 200;
        } catch (IOException e) {
            answersAfter = false;
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "requests %d, connections %d, errors %d, hang-ups %d, answers after %s%n",
                requests, connections, errors.get(), hangupsDone.get(), answersAfter ? "yes" : "no");
        System.out.printf(Locale.ROOT, "%.1f s, %.0f requests/s, %.1f MB; latency ms p50 %.2f, p90 %.2f, p99 %.2f, "
                        + "max %.2f%n", seconds, requests / seconds, bytes.get() / 1e6, ms(sorted, 0.50),
                ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        firstErrors.forEach(e -> System.out.println("error: " + e));
        System.exit(errors.get() == 0 && answersAfter ? 0 : 1);
    }

    /** Every file of the built site, as the URL paths a browser asks for (pages by their folder). */
    private static List<String> paths(Path site, String mount) throws IOException {
        List<String> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = site.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith(".") || relative.equals("404.html") || relative.equals("_headers")) {
                    continue;
                }
                paths.add(mount + (relative.endsWith("index.html")
                        ? relative.substring(0, relative.length() - "index.html".length()) : relative));
            }
        }
        if (paths.isEmpty()) {
            throw new IOException(site + " holds no site: build or serve it first");
        }
        return paths;
    }

    private record Response(int status, long body, boolean close) {
    }

    /** A connection and the one buffered reader of its answers, kept across requests. */
    private record Connection(Socket socket, InputStream in) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static Connection connect(InetSocketAddress address) throws IOException {
        Socket socket = new Socket();
        socket.connect(address, TIMEOUT_MS);
        socket.setSoTimeout(TIMEOUT_MS);
        socket.setTcpNoDelay(true);
        return new Connection(socket, new BufferedInputStream(socket.getInputStream(), 16_384));
    }

    private static void request(Connection connection, String host, String path) throws IOException {
        OutputStream out = connection.socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept-Encoding: identity\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** One request on a kept-alive connection, its whole answer read. */
    private static Response get(Connection connection, String host, String path) throws IOException {
        request(connection, host, path);
        InputStream in = connection.in;
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        long length = -1;
        boolean close = false;
        boolean chunked = false;
        for (String header; !(header = line(in)).isEmpty(); ) {
            String name = header.substring(0, Math.max(0, header.indexOf(':'))).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(header.indexOf(':') + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "connection" -> close = value.equals("close");
                case "transfer-encoding" -> chunked = value.contains("chunked");
                default -> { }
            }
        }
        long body = chunked ? readChunked(in) : skip(in, length);
        return new Response(Integer.parseInt(parts[1]), body, close || length < 0 && !chunked);
    }

    private static long readChunked(InputStream in) throws IOException {
        long total = 0;
        for (long size; (size = Long.parseLong(line(in).split(";")[0].trim(), 16)) > 0; ) {
            total += skip(in, size);
            line(in);
        }
        while (!line(in).isEmpty()) {
            // trailers
        }
        return total;
    }

    private static long skip(InputStream in, long length) throws IOException {
        byte[] buffer = new byte[8192];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new IOException("the answer ended " + left + " bytes early");
            }
            left -= read;
        }
        return length;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new IOException("the connection closed mid-answer");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    /** The latency under which a share {@code q} of the sorted latencies fall, in milliseconds. */
    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static void fail(AtomicInteger errors, ConcurrentLinkedQueue<String> firstErrors, String what) {
        if (errors.incrementAndGet() <= 5) {
            firstErrors.add(what);
        }
    }

    private static void closeQuietly(Connection socket) {
        try {
            if (socket != null) {
                socket.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
    }

    private ServeLoad() {
    }
}
