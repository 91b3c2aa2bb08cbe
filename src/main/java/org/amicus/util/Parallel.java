package org.amicus.util;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Work on every item of a list on all cores, each core taking the next item as it is free. A parallel stream
 * instead cuts a list into a few runs of items up front (four per core of the common pool): the pages of a large
 * site cost unequal times, and one core was left alone with the last run for a tenth of the Markdown stage.
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * Gives each item to {@code action}, on the common pool's threads and the caller's; returns when all are done.
     * An exception thrown by the action stops the items not yet started and is thrown here.
     */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                    action.accept(items.get(i));
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                next.set(items.size());
            }
        };
        int helpers = Math.min(items.size(), ForkJoinPool.getCommonPoolParallelism() + 1) - 1;
        List<ForkJoinTask<?>> tasks = new ArrayList<>();
        for (int i = 0; i < helpers; i++) {
            tasks.add(ForkJoinPool.commonPool().submit(worker));
        }
        worker.run();
        tasks.forEach(ForkJoinTask::join);
        // The action's own exception, not the copy ForkJoinTask.join makes of one thrown on another thread.
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
    }
}
