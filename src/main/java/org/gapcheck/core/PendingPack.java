package org.gapcheck.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A rule pack being loaded in the background, so that the server starts while the pack loads:
 * on two cores the two overlap. Whoever needs the pack first waits for it.
 */
public final class PendingPack {

    private final CompletableFuture<RulePack> loading;

    private PendingPack(CompletableFuture<RulePack> loading) {
        this.loading = loading;
    }

    public static PendingPack start(Supplier<RulePack> load) {
        CompletableFuture<RulePack> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(load.get());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "gapcheck-pack-loader");
        thread.setDaemon(true);
        thread.start();
        return new PendingPack(future);
    }

    /** The pack, once loaded; a broken pack's own exception (PackLoadException) is rethrown as is. */
    public RulePack get() {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Whether loading failed (the pack is broken, or could not be read). */
    public boolean failed() {
        return loading.isCompletedExceptionally();
    }
}
