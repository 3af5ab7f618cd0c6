package org.gapcheck.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code gapcheck serve} as a real process of its own, on a free port, with the storage settings
 * given as its command line ({@code --data}) or environment (GAPCHECK_DB_URL...): what a process
 * crash or a second process needs, which a server inside the test's JVM cannot show.
 */
public final class ServeProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Gapcheck listening on (http://\\S+)");
    private static final Pattern MANAGEMENT = Pattern.compile("Management \\(.*\\) on (http://\\S+)");

    private final Process process;
    private final Http http;
    private final Http management;
    private final List<String> lines;

    private ServeProcess(Process process, String url, String managementUrl, List<String> lines) {
        this.process = process;
        this.lines = lines;
        this.http = new Http(url.replaceAll("/$", ""));
        this.management = managementUrl == null ? null : new Http(managementUrl);
    }

    /** Starts serve with {@code args} after it and {@code environment} added to this one's; returns once it listens. */
    public static ServeProcess start(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.gapcheck.cli.Main",
                "serve", "--port", "0", "--host", "127.0.0.1"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<String> url = new CompletableFuture<>();
        java.util.concurrent.atomic.AtomicReference<String> managementUrl = new java.util.concurrent.atomic.AtomicReference<>();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    Matcher managed = MANAGEMENT.matcher(line);
                    if (managed.find()) {
                        managementUrl.set(managed.group(1)); // said before the line that it listens
                    }
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            url.completeExceptionally(new IllegalStateException("serve ended before it listened: " + lines));
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
        try {
            String listening = url.get(90, TimeUnit.SECONDS);
            return new ServeProcess(process, listening, managementUrl.get(), lines);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("serve did not start: " + lines, e);
        }
    }

    public StoredServer.Answer send(String method, String path, String json, String... headers) {
        return http.send(method, path, json, headers);
    }

    /** A GET on the management port ({@code --management-port}), which must have been given. */
    public StoredServer.Answer manage(String path) {
        return management.send("GET", path, null);
    }

    /**
     * SIGKILL: the process ends at once, with no shutdown hook, no flush, no goodbye. Returns the
     * {@link System#nanoTime()} at which the signal was sent, then waits for the end.
     */
    public long kill() throws InterruptedException {
        process.destroyForcibly();
        long sent = System.nanoTime();
        process.waitFor(30, TimeUnit.SECONDS);
        return sent;
    }

    /** What the process has printed so far, a line each. */
    public List<String> output() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
