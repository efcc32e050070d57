package dev.facebeauty.cli;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.app.Version;
import dev.facebeauty.text.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;

/** The {@code face-beauty-studio} command and its subcommands. */
@Command(name = "face-beauty-studio", mixinStandardHelpOptions = true, versionProvider = CommandLineApp.VersionProvider.class,
        subcommands = {BeautifyCommand.class, ServeCommand.class})
public final class CommandLineApp implements Runnable {

    private static final Set<String> COMMANDS = Set.of("beautify", "serve");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Whether these launcher arguments are for the command line rather than image paths for the window. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || args[0].startsWith("-"));
    }

    /** Runs the command line; services are created only when a command needs them (so --help stays instant). */
    public static int run(String[] args, Supplier<AppServices> services, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new CommandLineApp(), new Factory(services));
        BeautifyCommand.addAdjustmentOptions(cli.getSubcommands().get("beautify"));
        describe(cli);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(Text.get("cli.error", sentenceFor(ex)));
            ex.getCommandLine().getErr().println(Text.get("cli.tryHelp", ex.getCommandLine().getCommandSpec().qualifiedName()));
            return ExitCode.USAGE;
        });
        return cli.execute(args);
    }

    /** picocli's own complaints, in the user's language; a kind not known here keeps picocli's English words. */
    static String sentenceFor(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return Text.get("cli.unknownArgument", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return Text.get("cli.missingArgument", String.join(", ", missing.getMissing().stream().map(CommandLineApp::nameOf).toList()));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException twice && twice.getOverwritten() != null) {
            return Text.get("cli.givenTwice", nameOf(twice.getOverwritten()));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return Text.get("cli.badValue", nameOf(ex.getArgSpec()), ex.getValue());
        }
        return ex.getMessage();
    }

    private static String nameOf(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** Every command's help in the user's language: descriptions and footers here, options through their keys. */
    private static void describe(CommandLine cli) {
        cli.setResourceBundle(new CommandLineText());
        cli.getCommandSpec().usageMessage().description(Text.get("cli.app.description").split("\n"));
        cli.getSubcommands().get("beautify").getCommandSpec().usageMessage()
                .description(Text.get("cli.beautify.description")).footer(Text.get("cli.beautify.footer").split("\n"));
        cli.getSubcommands().get("serve").getCommandSpec().usageMessage()
                .description(Text.get("cli.serve.description").split("\n"));
    }

    /** Read by {@code Main} before the command line starts (so the help itself is translated); listed here for --help. */
    @CommandLine.Option(names = "--lang", paramLabel = "LANG", descriptionKey = "cli.lang")
    String language;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints "Face Beauty Studio x.y.z". */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"Face Beauty Studio " + Version.current()};
        }
    }

    /** Gives commands the shared services. */
    private record Factory(Supplier<AppServices> services) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == BeautifyCommand.class) {
                return cls.cast(new BeautifyCommand(services));
            }
            if (cls == ServeCommand.class) {
                return cls.cast(new ServeCommand(services));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
