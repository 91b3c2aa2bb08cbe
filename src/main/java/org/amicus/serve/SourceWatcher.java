package org.amicus.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.amicus.util.IgnoredFiles;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches folders and their subfolders (new ones included) and reports, once a burst of events has been quiet
 * for a moment, the files whose content really changed, relative to the project. Saving a file unchanged,
 * or an editor's swap, backup and autosave files (which a build ignores too: util.IgnoredFiles), report nothing.
 * The report runs on the watcher's own thread, so changes made meanwhile wait and are reported together next.
 *
 * <p>The events come from directory-watcher, which is native on macOS (FSEvents), where the JDK's watch service
 * polls every few seconds, and uses the JDK's (inotify) on Linux. It only says which paths were touched: the
 * content hashes that tell a real change are compared here, over a whole burst, so that an editor's save through
 * a rename or a delete and write of the same text reports nothing either.
 */
final class SourceWatcher implements AutoCloseable {

    /** However busy the folders are, report at least this often. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

    /** Put on the queue by {@link #close()} to end the wait of the watcher's thread without interrupting it. */
    private static final Path STOP = Path.of("");

    private final Path project;
    private final List<Path> roots;
    private final Duration quiet;
    private final Consumer<Set<Path>> onChange;
    /** The paths the events name, in order; a touched root stands for everything in it (events were lost). */
    private final BlockingQueue<Path> touched = new LinkedBlockingQueue<>();
    private final DirectoryWatcher events;
    /** Project-relative path → content hash, as last reported. */
    private final SortedMap<String, String> known = new TreeMap<>();
    private final Thread thread;
    private volatile boolean closed;

    /**
     * Starts watching at once; changes are reported from {@link #start()} on, those made in between included.
     *
     * @param roots    the folders to watch, inside {@code project}
     * @param quiet    how long the folders must be still before a burst of changes is reported
     * @param onChange receives the project-relative paths of the files added, changed or deleted
     */
    SourceWatcher(Path project, List<Path> roots, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
        this.project = project.toAbsolutePath().normalize();
        this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        this.quiet = quiet;
        this.onChange = onChange;
        this.events = watch(this.roots.stream().filter(Files::isDirectory).toList());
        // After the folders are watched, so that a change made while they are read is reported, or read already.
        for (Path root : this.roots) {
            Fingerprints.of(root).forEach((file, hash) -> known.put(prefix(root) + "/" + file, hash));
        }
        this.thread = new Thread(this::run, "amicus-watcher");
        thread.setDaemon(true);
    }

    /** Watches the folders (none: nothing to watch) on a thread of its own, which queues the paths touched. */
    private DirectoryWatcher watch(List<Path> folders) throws IOException {
        if (folders.isEmpty()) {
            return null;
        }
        DirectoryWatcher watcher = DirectoryWatcher.builder()
                .paths(folders)
                .fileHashing(false) // hashes are compared here, over a burst
                .logger(NOPLogger.NOP_LOGGER) // given a logger, slf4j never looks for a provider to complain about
                .listener(new DirectoryChangeListener() {
                    @Override
                    public void onEvent(DirectoryChangeEvent event) {
                        boolean lost = event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW
                                || event.path() == null;
                        // Events lost: look at everything again. A new folder's files are read when reported.
                        touched.addAll(lost ? roots : List.of(event.path()));
                    }

                    @Override
                    public void onException(Exception e) {
                        touched.addAll(roots); // an event may be missing: look at everything again
                    }
                })
                .build();
        watcher.watchAsync(task -> {
            Thread loop = new Thread(task, "amicus-watcher-events");
            loop.setDaemon(true);
            loop.start();
        });
        return watcher;
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> burst = new TreeSet<>();
                Path path = touched.take();
                long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
                while (path != null && path != STOP) {
                    burst.add(path);
                    path = System.nanoTime() < deadline ? touched.poll(quiet.toMillis(), TimeUnit.MILLISECONDS) : null;
                }
                if (closed) {
                    return;
                }
                Set<Path> changed = changedFiles(burst);
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException e) {
            // stopped
        }
    }

    /** The files under the touched paths whose content differs from what was last seen. */
    private Set<Path> changedFiles(Set<Path> burst) {
        Set<Path> changed = new TreeSet<>();
        for (Path path : burst) {
            if (isIgnored(path)) {
                continue;
            }
            String prefix = prefix(path);
            SortedMap<String, String> now = new TreeMap<>();
            if (Files.isDirectory(path)) {
                Fingerprints.of(path).forEach((file, hash) -> now.put(prefix + "/" + file, hash));
            } else {
                String hash = Fingerprints.of(path, null);
                if (hash != null) {
                    now.put(prefix, hash);
                }
            }
            // What was known under this path: the file itself, or everything in the folder it was.
            SortedMap<String, String> before = new TreeMap<>(known.subMap(prefix + "/", prefix + "0"));
            if (known.containsKey(prefix)) {
                before.put(prefix, known.get(prefix));
            }
            for (String file : Fingerprints.changed(before, now)) {
                if (!isIgnored(project.resolve(file))) {
                    changed.add(Path.of(file));
                }
            }
            before.keySet().forEach(known::remove);
            known.putAll(now);
        }
        return changed;
    }

    private String prefix(Path path) {
        return Fingerprints.relative(project, path);
    }

    private boolean isIgnored(Path path) {
        return IgnoredFiles.isIgnored(project.relativize(path));
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (events != null) {
                events.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        // No interrupt: the thread may be building, and a build is let finish; STOP ends its wait.
        touched.add(STOP);
    }
}
