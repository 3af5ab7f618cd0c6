package org.gapcheck.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import io.micronaut.runtime.server.EmbeddedServer;
import org.gapcheck.access.oidc.OidcSettings;
import org.gapcheck.core.PendingPack;
import org.gapcheck.core.RulePack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micronaut.http.server.exceptions.ServerStartupException;
import io.micronaut.runtime.exceptions.ApplicationStartupException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the HTTP service (API under /api, health at /health) with the rule pack loaded once.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped normally", "2:bad usage, the port is taken, or the rule pack is broken"})
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger("org.gapcheck");

    @Mixin
    PackOption pack;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-p", "--port"}, defaultValue = "8080", paramLabel = "PORT",
            description = "TCP port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only). Another address is said in the log;"
                    + " put a TLS-terminating proxy in front of it (README).")
    String host;

    @Mixin
    DataOption data;

    @Mixin
    ManagementOption management;

    @Option(names = "--demo", description = "A demonstration of the web application: a new embedded database in a temporary"
            + " directory, deleted when serve stops, with a coordinator and a contributor of the sample country " + Demo.COUNTRY
            + " whose passwords are printed. Refused with a --host other than this machine, with --data, and with "
            + org.gapcheck.storage.StorageConfig.URL + ".")
    boolean demo;

    @Option(names = "--request-timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "A request must arrive whole within this many seconds of its first byte, else 408 (default: ${DEFAULT-VALUE}).")
    int requestTimeout;

    @Option(names = "--idle-timeout", defaultValue = "15", paramLabel = "SECONDS",
            description = "A connection with no request or answer in progress is closed after this many seconds (default: ${DEFAULT-VALUE}).")
    int idleTimeout;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ApplicationContext context = start();
        // Micronaut's own shutdown hook closes the context on SIGTERM or Ctrl-C; a second close
        // from a hook of ours would race it, so this thread only waits for the context to stop.
        while (context.isRunning()) {
            Thread.sleep(200);
        }
        return ExitCode.OK;
    }

    /**
     * Starts the server while the pack loads beside it (the two overlap on two cores); returns once
     * both are ready. A broken pack stops the server again and its problems are reported.
     */
    ApplicationContext start() throws IOException {
        if (requestTimeout < 1 || idleTimeout < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--request-timeout and --idle-timeout are whole seconds, at least 1");
        }
        Ports.requireFree(host, port);
        PendingPack loading = PendingPack.start(pack::load);
        // Micronaut reads -1 as "any free port"; 0 is what users type for that.
        Map<String, Object> settings = new HashMap<>(Map.of("micronaut.server.port", port == 0 ? -1 : port, "micronaut.server.host", host,
                "gapcheck.server.request-timeout", requestTimeout, "gapcheck.server.idle-timeout", idleTimeout));
        java.nio.file.Path demoData = demo ? Demo.directory(spec, host) : null;
        if (demo) {
            settings.putAll(org.gapcheck.storage.StorageConfig.h2(demoData));
        } else {
            settings.putAll(data.storage(spec));
        }
        try {
            settings.putAll(OidcSettings.of(System.getenv()));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Optional<Map<String, Object>> managed = management.settings(host);
        managed.ifPresent(settings::putAll);
        ApplicationContext context;
        try {
            context = Micronaut.build(new String[0])
                    .properties(settings)
                    .singletons(loading)
                    .banner(false)
                    // Micronaut would log a failure to start with its stack trace and exit with 1 itself;
                    // mapped to 0, it throws instead. It handles the failure twice, the second time wrapped.
                    .mapError(ServerStartupException.class, e -> 0)
                    .mapError(ApplicationStartupException.class, e -> 0)
                    .start();
        } catch (RuntimeException e) {
            if (loading.failed()) {
                loading.get(); // throws the pack's problems, which say more than the context's failure
            }
            if (causedBy(e, ServerStartupException.class)) {
                // Taken between the check above and the start, or refused for another reason.
                throw Ports.cannotListen(host, port, root(e));
            }
            throw e;
        }
        // No bean needs the pack to start (a request before it is loaded waits for it), so a broken
        // pack is reported here, once, and the server stops again.
        RulePack loaded;
        try {
            loaded = loading.get();
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
        LOG.info("Loaded rule pack {}", loaded.summary());
        if (demo) {
            LOG.info("Data kept in {}, deleted when this stops", demoData);
            Demo.accounts(context, context.getBean(EmbeddedServer.class).getURL() + "/app/").forEach(LOG::info);
            Demo.deleteAfter(context, demoData);
        } else {
            LOG.info("Data kept in {}", data.describe());
        }
        // Before the line that says it listens, which scripts and tests wait for.
        managed.ifPresent(m -> LOG.info("Management (/metrics, /prometheus, /health) on http://{}:{}", host, m.get("endpoints.all.port")));
        LOG.info("Gapcheck listening on {}", context.getBean(EmbeddedServer.class).getURL());
        Ports.exposure(host).ifPresent(LOG::warn);
        if (managed.isPresent() && !Ports.loopback(host)) {
            LOG.warn("The management port listens on {} too: its metrics have no login; keep --host 127.0.0.1 behind a proxy"
                    + " (README, Running in production).", host);
        }
        return context;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }
}
