package org.amicus.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.amicus.util.IgnoredFiles;

/**
 * Watches folders and their subfolders (new ones included) and reports, once a burst of events has been quiet
 * for a moment, the files whose content really changed, relative to the project. Saving a file unchanged,
 * or an editor's swap, backup and autosave files (which a build ignores too: util.IgnoredFiles), report nothing.
 * The report runs on the watcher's own thread, so changes made meanwhile wait and are reported together next.
 */
final class SourceWatcher implements AutoCloseable {

    /** However busy the folders are, report at least this often. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

    private final Path project;
    private final List<Path> roots;
    private final Duration quiet;
    private final Consumer<Set<Path>> onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    /** Project-relative path → content hash, as last reported. */
    private final SortedMap<String, String> known = new TreeMap<>();
    private final Thread thread;

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
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : this.roots) {
            if (Files.isDirectory(root)) {
                registerTree(root, true);
            }
        }
        this.thread = new Thread(this::run, "amicus-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> touched = new TreeSet<>();
                collect(service.take(), touched);
                long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
                WatchKey key;
                while (System.nanoTime() < deadline
                        && (key = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(key, touched);
                }
                Set<Path> changed = changedFiles(touched);
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    /** Notes the paths a key's events name; registers new folders (and notes the files already in them). */
    private void collect(WatchKey key, Set<Path> touched) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                // Events were lost: look at everything again, new folders included.
                roots.stream().filter(Files::isDirectory).forEach(root -> registerTree(root, false));
                touched.addAll(roots);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            touched.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path, false); // its files, if any yet, are compared when the burst is reported
            }
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone
        }
    }

    /** The files under the touched paths whose content differs from what was last seen. */
    private Set<Path> changedFiles(Set<Path> touched) {
        Set<Path> changed = new TreeSet<>();
        for (Path path : touched) {
            if (isIgnored(path)) {
                continue;
            }
            String prefix = Fingerprints.relative(project, path);
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

    private boolean isIgnored(Path path) {
        return IgnoredFiles.isIgnored(project.relativize(path));
    }

    /** @param remember whether to take the files' hashes as the known state (at start only) */
    private void registerTree(Path top, boolean remember) {
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String hash = remember ? Fingerprints.of(file, null) : null;
                    if (hash != null) {
                        known.putIfAbsent(Fingerprints.relative(project, file), hash);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            if (remember) {
                throw new UncheckedIOException("cannot watch " + top + ": " + e.getMessage(), e);
            }
            // a folder that vanished as soon as it appeared: its deletion is an event too
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        // No interrupt: the thread may be building, and a build is let finish; a closed service ends its wait.
    }
}
