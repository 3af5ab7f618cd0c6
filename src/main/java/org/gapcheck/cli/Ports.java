package org.gapcheck.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * What {@code serve} checks of the address it is given, before anything starts: a port in use is
 * one line of its own, not the HTTP server's log of its failure followed by ours.
 */
final class Ports {

    private Ports() {
    }

    /** @throws IOException in one sentence, when {@code host:port} cannot be listened on; port 0 (any free one) always can */
    static void requireFree(String host, int port) throws IOException {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true); // as the server binds: a port left in TIME_WAIT is free
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            throw cannotListen(host, port, e);
        }
    }

    /** The one line for a failure to listen on {@code host:port}. */
    static IOException cannotListen(String host, int port, Throwable cause) {
        if (cause instanceof BindException && String.valueOf(cause.getMessage()).contains("in use")) {
            return new IOException("port " + port + " on " + host + " is in use; choose another with --port", cause);
        }
        if (cause instanceof UnknownHostException) {
            return new IOException("cannot listen on " + host + ": no such host; give --host an address of this machine", cause);
        }
        return new IOException("cannot listen on " + host + ":" + port + " (" + cause.getMessage() + "); choose another --port or --host", cause);
    }

    /** The warning for the log when {@code host} lets other machines in over plain HTTP. */
    static Optional<String> exposure(String host) {
        return loopback(host) ? Optional.empty() : Optional.of("Listening on " + host + ", which other machines can reach, over plain"
                + " HTTP: passwords and session cookies cross the network unencrypted unless a TLS-terminating proxy is in front"
                + " (README, Running in production). --host 127.0.0.1 keeps it to this machine.");
    }

    /** Whether an address is this machine's alone (127.0.0.0/8, ::1, localhost); 0.0.0.0 is every interface. */
    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
