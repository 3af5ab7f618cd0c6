package org.gapcheck.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The guard's clocks on an embedded channel with a clock of the test's own: no waiting, no flakiness. */
class ConnectionGuardTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private EmbeddedChannel channel;
    private ConnectionGuard guard;

    private void open() {
        channel = new EmbeddedChannel();
        channel.pipeline().addLast(ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, new HttpServerCodec());
        guard = new ConnectionGuard(30, 15, now::get);
        guard.install(channel.pipeline());
    }

    private void after(int seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
        guard.tick();
        channel.runPendingTasks();
    }

    private void receive(String bytes) {
        channel.writeInbound(Unpooled.copiedBuffer(bytes, StandardCharsets.US_ASCII));
    }

    private String sent() {
        StringBuilder out = new StringBuilder();
        for (Object o; (o = channel.readOutbound()) != null; ) {
            out.append(((ByteBuf) o).toString(StandardCharsets.US_ASCII));
        }
        return out.toString();
    }

    @Test
    void aRequestThatNeverArrivesWholeIsAnswered408() {
        open();
        receive("POST /api/evaluations HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{");
        after(29);
        assertTrue(channel.isOpen());
        after(2);
        assertTrue(sent().startsWith("HTTP/1.1 408 Request Timeout"));
        assertFalse(channel.isOpen());
    }

    @Test
    void anIdleConnectionIsClosedAfterItsTimeout() {
        open();
        after(14);
        assertTrue(channel.isOpen());
        after(2);
        assertFalse(channel.isOpen());
    }

    @Test
    void timeSpentAnsweringCountsAgainstNeitherTimeoutEvenAfterA100Continue() {
        open();
        receive("POST /api/summaries HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
        channel.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE));
        receive("[]");
        after(120); // the route computes for two minutes
        assertTrue(channel.isOpen());
        channel.writeOutbound(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK));
        after(16);
        assertFalse(channel.isOpen());
    }

    @Test
    void anotherHttpVersionIsRefused() {
        open();
        receive("GET /health HTTP/2.0\r\nHost: x\r\n\r\n");
        assertTrue(sent().startsWith("HTTP/1.1 505 HTTP Version Not Supported"));
        assertFalse(channel.isOpen());
    }
}
