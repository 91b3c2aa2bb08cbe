package org.amicus.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void everyItemIsGivenOnce() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<>();

        Parallel.forEach(items, seen::add);

        assertEquals(items, seen.stream().sorted().toList());
    }

    @Test
    void noItemsNoWork() {
        Parallel.forEach(List.of(), item -> {
            throw new AssertionError("called");
        });
    }

    @Test
    void anExceptionOfTheActionIsThrownToTheCaller() {
        List<Integer> items = IntStream.range(0, 100).boxed().toList();

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Parallel.forEach(items, item -> {
            if (item == 42) {
                throw new IllegalStateException("item 42");
            }
        }));

        assertEquals("item 42", thrown.getMessage());
    }
}
