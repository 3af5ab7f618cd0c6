package org.gapcheck.http;

import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.gapcheck.json.Json;

/**
 * One HTTP/1 connection's hygiene: a request must arrive whole within the request timeout of its
 * first byte (else 408 and close), a connection with no request and no answer in progress is closed
 * after the idle timeout, and a request in any HTTP version but 1.0 and 1.1 is answered 505 and the
 * connection closed. The time a route spends computing counts against neither timeout.
 */
final class ConnectionGuard {

    private final long requestTimeoutNanos;
    private final long idleTimeoutNanos;
    private ChannelHandlerContext raw;
    private ScheduledFuture<?> ticker;
    /** When the first byte of a request not yet read whole arrived; 0 when none is arriving. */
    private long requestStarted;
    private long lastActivity;
    /** Requests read whose answer has not been written to its end. */
    private int pending;
    private boolean closing;

    private final LongSupplier clock;

    ConnectionGuard(int requestTimeoutSeconds, int idleTimeoutSeconds) {
        this(requestTimeoutSeconds, idleTimeoutSeconds, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()}; a test's own clock */
    ConnectionGuard(int requestTimeoutSeconds, int idleTimeoutSeconds, LongSupplier clock) {
        this.requestTimeoutNanos = TimeUnit.SECONDS.toNanos(requestTimeoutSeconds);
        this.idleTimeoutNanos = TimeUnit.SECONDS.toNanos(idleTimeoutSeconds);
        this.clock = clock;
        this.lastActivity = clock.getAsLong();
    }

    /** Puts the guard's two handlers in place: one sees bytes as they arrive, one sees HTTP messages. */
    void install(ChannelPipeline pipeline) {
        pipeline.addFirst("gapcheck-bytes", new Bytes());
        pipeline.addAfter(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "gapcheck-messages", new Messages());
    }

    /** Run every second on the connection's event loop. */
    void tick() {
        long now = clock.getAsLong();
        if (closing) {
            return;
        }
        if (requestStarted != 0 && now - requestStarted > requestTimeoutNanos) {
            refuse(408, "Request Timeout", "http/request-timeout", "The request did not arrive whole within "
                    + TimeUnit.NANOSECONDS.toSeconds(requestTimeoutNanos) + " seconds of its first byte.");
        } else if (requestStarted == 0 && pending == 0 && now - lastActivity > idleTimeoutNanos) {
            closing = true;
            raw.close();
        }
    }

    /** Writes a problem straight to the socket, past the HTTP encoder, and closes the connection. */
    private void refuse(int status, String reason, String type, String detail) {
        closing = true;
        byte[] body = Json.compact(new Problem(type, reason, status, detail, null, null, List.of()));
        String head = "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/problem+json\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n";
        ByteBuf out = Unpooled.wrappedBuffer(head.getBytes(StandardCharsets.US_ASCII), body);
        raw.writeAndFlush(out).addListener(ChannelFutureListener.CLOSE);
    }

    /** First in the pipeline: notes when a request's first byte arrives; owns the per-second check. */
    private final class Bytes extends ChannelInboundHandlerAdapter {
        @Override
        public void handlerAdded(ChannelHandlerContext ctx) {
            raw = ctx;
            ticker = ctx.executor().scheduleAtFixedRate(ConnectionGuard.this::tick, 1, 1, TimeUnit.SECONDS);
        }

        @Override
        public void handlerRemoved(ChannelHandlerContext ctx) {
            ticker.cancel(false);
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (closing) {
                ReferenceCountUtil.release(msg);
                return;
            }
            lastActivity = clock.getAsLong();
            if (requestStarted == 0 && msg instanceof ByteBuf b && b.isReadable()) {
                requestStarted = lastActivity;
            }
            ctx.fireChannelRead(msg);
        }
    }

    /** After the HTTP decoder: ends a request's clock when it has arrived whole, counts answers in progress. */
    private final class Messages extends ChannelDuplexHandler {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (closing) {
                ReferenceCountUtil.release(msg);
                return;
            }
            if (msg instanceof HttpRequest request) {
                HttpVersion v = request.protocolVersion();
                if (v.majorVersion() != 1 || v.minorVersion() > 1) {
                    ReferenceCountUtil.release(msg);
                    refuse(505, "HTTP Version Not Supported", "http/version-not-supported",
                            "This server speaks HTTP/1.0 and HTTP/1.1; the request was " + v.text() + ".");
                    return;
                }
                pending++;
            }
            if (msg instanceof LastHttpContent) {
                requestStarted = 0;
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            boolean interim = msg instanceof HttpResponse r && r.status().codeClass() == HttpStatusClass.INFORMATIONAL;
            if (msg instanceof LastHttpContent && !interim) { // a "100 Continue" is not the answer
                pending = Math.max(0, pending - 1);
                lastActivity = clock.getAsLong();
            }
            ctx.write(msg, promise);
        }
    }
}
