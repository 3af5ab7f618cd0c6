package org.gapcheck.report.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One render at a time per process, in turn, and a bounded wait: the queue itself, with jobs that record overlap. */
class PdfQueueTest {

    @Test
    void rendersAskedForAtOnceFromManyThreadsNeverOverlap() throws Exception {
        PdfQueue queue = new PdfQueue(64);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<java.util.concurrent.Future<CompletableFuture<Integer>>> asked = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int n = i;
            asked.add(callers.submit(() -> {
                go.await();
                return queue.submit(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleep(5);
                    running.decrementAndGet();
                    return n;
                });
            }));
        }
        go.countDown();
        int done = 0;
        for (var future : asked) {
            future.get(30, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
            done++;
        }
        callers.shutdown();
        assertEquals(24, done);
        assertEquals(1, most.get(), "at most one render at a time");
    }

    @Test
    void pastTheWaitingLimitARenderIsRefusedAtOnceAndTheOthersStillRun() throws Exception {
        PdfQueue queue = new PdfQueue(2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> first = queue.submit(() -> {
            started.countDown();
            await(release);
            return "first";
        });
        started.await(10, TimeUnit.SECONDS);
        CompletableFuture<String> second = queue.submit(() -> "second");
        CompletableFuture<String> third = queue.submit(() -> "third");
        PdfBusyException busy = assertThrows(PdfBusyException.class, () -> queue.submit(() -> "fourth"));
        assertTrue(busy.getMessage().contains("2 are already waiting"), busy.getMessage());
        release.countDown();
        assertEquals(List.of("first", "second", "third"), List.of(first.get(10, TimeUnit.SECONDS),
                second.get(10, TimeUnit.SECONDS), third.get(10, TimeUnit.SECONDS)));
        assertEquals("again", queue.submit(() -> "again").get(10, TimeUnit.SECONDS), "the queue takes work again once drained");
    }

    @Test
    void aFailedRenderFailsItsCallerWithItsOwnException() {
        PdfQueue queue = new PdfQueue(1);
        CompletableFuture<String> failing = queue.submit(() -> {
            throw new IllegalStateException("broken");
        });
        var thrown = assertThrows(java.util.concurrent.ExecutionException.class, () -> failing.get(10, TimeUnit.SECONDS));
        assertEquals("broken", thrown.getCause().getMessage());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
