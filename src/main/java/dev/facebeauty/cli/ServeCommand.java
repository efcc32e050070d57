package dev.facebeauty.cli;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.serve.LocalApiServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** {@code serve}: the built-in engine behind Face Beauty Pro's HTTP API, on this computer only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the built-in engine through the same HTTP API as AILabTools Face Beauty Pro "
                + "(submit, query, result URL), on 127.0.0.1 only, with a key made for this run.",
                "Runs until stopped (Ctrl+C)."})
final class ServeCommand implements Callable<Integer> {

    static final int DEFAULT_PORT = 8787;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
            description = "Port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<AppServices> services;

    ServeCommand(Supplier<AppServices> services) {
        this.services = services;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("error: --port must be 0-65535");
            return ExitCode.USAGE;
        }
        AppServices app = services.get();
        String key = LocalApiServer.newKey();
        LocalApiServer server;
        try {
            server = LocalApiServer.start(port, key, app.local(), app.faces());
        } catch (IOException e) {
            err.println("error: cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + "); try another --port");
            return ExitCode.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        out.println("Face Beauty Pro API (built-in engine) on " + server.baseUrl());
        out.println("Key for this run: " + key);
        out.println("Point a client at it, e.g.:");
        out.println("  AILABAPI_BASE_URL=" + server.baseUrl() + " AILABAPI_API_KEY=" + key + " face-beauty-studio");
        out.println("Stop with Ctrl+C.");
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }
}
