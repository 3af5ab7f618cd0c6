package org.gapcheck.access.oidc;

import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** The first item of a publisher as a future: null when it completes empty, exceptional when it fails. */
final class First<T> implements Subscriber<T> {

    private final CompletableFuture<T> future = new CompletableFuture<>();
    private Subscription subscription;

    private First() {
    }

    static <T> CompletableFuture<T> of(Publisher<T> publisher) {
        First<T> first = new First<>();
        publisher.subscribe(first);
        return first.future;
    }

    @Override
    public void onSubscribe(Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(T item) {
        future.complete(item);
        subscription.cancel(); // one is all it reads
    }

    @Override
    public void onError(Throwable error) {
        future.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        future.complete(null);
    }
}
