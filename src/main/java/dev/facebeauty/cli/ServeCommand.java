package dev.facebeauty.cli;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.serve.LocalApiServer;
import dev.facebeauty.text.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** {@code serve}: the built-in engine behind Face Beauty Pro's HTTP API, on this computer only. */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    static final int DEFAULT_PORT = 8787;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
            descriptionKey = "cli.serve.port")
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
            err.println(Text.get("cli.error", Text.get("cli.badPort")));
            return ExitCode.USAGE;
        }
        AppServices app = services.get();
        String key = LocalApiServer.newKey();
        LocalApiServer server;
        try {
            server = LocalApiServer.start(port, key, app.local(), app.faces());
        } catch (IOException e) {
            err.println(Text.get("cli.error", Text.get("cli.cannotListen", String.valueOf(port), e.getMessage())));
            return ExitCode.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        out.println(Text.get("cli.serving", server.baseUrl()));
        out.println(Text.get("cli.servingKey", key));
        out.println(Text.get("cli.servingExample"));
        out.println("  AILABAPI_BASE_URL=" + server.baseUrl() + " AILABAPI_API_KEY=" + key + " face-beauty-studio");
        out.println(Text.get("cli.servingStop"));
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }
}
