package org.gapcheck.http;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.gapcheck.core.RulePack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says at start-up which rule pack the service answers with, and where. */
@Singleton
final class StartupLog {

    private static final Logger LOG = LoggerFactory.getLogger("org.gapcheck");

    private final RulePack pack;

    StartupLog(RulePack pack) {
        this.pack = pack;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        LOG.info("Loaded rule pack {}", pack.summary());
        LOG.info("Gapcheck listening on {}", event.getSource().getURL());
    }
}
