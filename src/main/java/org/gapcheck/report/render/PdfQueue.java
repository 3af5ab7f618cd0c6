package org.gapcheck.report.render;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * PDFs are rendered one at a time per process, in the order asked, on a thread of their own: a render
 * holds a core and tens of MB for seconds, so two at once would only halve each one's speed and double
 * the memory. A few more wait their turn; past that a render is refused at once
 * ({@link PdfBusyException}) rather than queued without bound. Callers wait for their turn off their
 * own threads ({@link #submit}) or on them ({@link #render}).
 */
public final class PdfQueue {

    /** Renders that may wait behind the one running. */
    public static final int WAITING = 8;

    private static final PdfQueue SHARED = new PdfQueue(WAITING);

    private final int waiting;
    private final ThreadPoolExecutor executor;

    PdfQueue(int waiting) {
        this.waiting = waiting;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(waiting), r -> {
            Thread thread = new Thread(r, "gapcheck-pdf");
            thread.setDaemon(true); // a CLI run ends when its work does
            return thread;
        });
    }

    /** The process's queue. */
    public static PdfQueue shared() {
        return SHARED;
    }

    /** The PDF of a report's HTML, once its turn comes; the future fails with what the render threw. */
    public CompletableFuture<byte[]> submit(String html) {
        return submit(() -> ReportPdf.render(html));
    }

    /** The PDF of a report's HTML, waiting here for its turn. */
    public byte[] render(String html) {
        try {
            return submit(html).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Runs {@code job} in turn; throws {@link PdfBusyException} at once when the queue is full. */
    <T> CompletableFuture<T> submit(Supplier<T> job) {
        try {
            return CompletableFuture.supplyAsync(job, executor);
        } catch (RejectedExecutionException e) {
            throw new PdfBusyException(waiting);
        }
    }
}
