package org.gapcheck.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import jakarta.inject.Singleton;

/**
 * Gives every HTTP/1 connection a {@link ConnectionGuard}. The timeouts are settings
 * ({@code gapcheck.server.request-timeout} and {@code gapcheck.server.idle-timeout}, in seconds;
 * {@code serve --request-timeout/--idle-timeout} set them).
 */
@Singleton
final class ConnectionHygiene implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private final int requestTimeout;
    private final int idleTimeout;

    ConnectionHygiene(@Value("${gapcheck.server.request-timeout:30}") int requestTimeout,
                      @Value("${gapcheck.server.idle-timeout:15}") int idleTimeout) {
        this.requestTimeout = requestTimeout;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new PerConnection(null));
        return event.getBean();
    }

    private final class PerConnection implements NettyServerCustomizer {
        private final Channel channel;

        PerConnection(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel c, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new PerConnection(c) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null && channel.pipeline().get(io.micronaut.http.netty.channel.ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC) != null) {
                new ConnectionGuard(requestTimeout, idleTimeout).install(channel.pipeline());
            }
        }
    }
}
