package dev.facebeauty.cli;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.app.EngineChoice;
import dev.facebeauty.engine.BeautyEngine;
import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.jobs.BatchPlan;
import dev.facebeauty.jobs.BatchRunner;
import dev.facebeauty.jobs.BeautifyService;
import dev.facebeauty.jobs.ExistingResults;
import dev.facebeauty.model.Adjustment;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.model.OutputSize;
import dev.facebeauty.settings.Preset;
import dev.facebeauty.settings.PresetStore;
import dev.facebeauty.settings.Settings;
import dev.facebeauty.text.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code beautify}: retouch one or more photos and write the results. */
@Command(name = "beautify", mixinStandardHelpOptions = true)
final class BeautifyCommand implements Callable<Integer> {

    static final int MAX_POLL_SECONDS = 3600;

    /** What was given for the adjustments' options (--whitening … --remove-eyebrow), made from {@link Adjustment}. */
    private final Map<Adjustment, Integer> given = new EnumMap<>(Adjustment.class);
    @Option(names = "--filter", paramLabel = "N|NAME", descriptionKey = "cli.beautify.filter")
    String filter;
    @Option(names = "--preset", paramLabel = "NAME", descriptionKey = "cli.beautify.preset")
    String preset;
    @Option(names = "--engine", paramLabel = "ENGINE",
            descriptionKey = "cli.beautify.engine")
    String engine;
    @Option(names = "--api-base", paramLabel = "URL", descriptionKey = "cli.beautify.apiBase")
    String apiBase;
    @Option(names = "--poll-interval", paramLabel = "SECONDS", descriptionKey = "cli.beautify.pollInterval")
    Double pollInterval;
    @Option(names = "--resend-unconfirmed", descriptionKey = "cli.beautify.resendUnconfirmed")
    boolean resendUnconfirmed;
    @Option(names = "--output-size", paramLabel = "SIZE", descriptionKey = "cli.beautify.outputSize")
    String outputSizeOption;
    @Option(names = {"-o", "--output"}, paramLabel = "OUT", descriptionKey = "cli.beautify.output")
    Path output;
    @Option(names = "--out-dir", paramLabel = "DIR", descriptionKey = "cli.beautify.outDir")
    Path outDir;
    @Option(names = "--name", paramLabel = "PATTERN", defaultValue = BatchPlan.DEFAULT_PATTERN,
            descriptionKey = "cli.beautify.name")
    String namePattern;
    @Option(names = {"-r", "--recursive"}, descriptionKey = "cli.beautify.recursive")
    boolean recursive;
    @Option(names = "--jobs", paramLabel = "N", defaultValue = "2", descriptionKey = "cli.beautify.jobs")
    int jobs;
    @Option(names = "--overwrite", descriptionKey = "cli.beautify.overwrite")
    boolean overwrite;
    @Parameters(paramLabel = "INPUT", arity = "1..*", descriptionKey = "cli.beautify.inputs")
    List<Path> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** From Settings: how much of each original's metadata its result keeps. */
    private MetadataPolicy metadata = MetadataPolicy.FULL;
    /** From Settings: JPEG quality for converted results. */
    private float jpegQuality = Settings.DEFAULT_JPEG_QUALITY / 100f;
    /** From Settings, or --output-size. */
    private OutputSize outputSize = OutputSize.FULL;

    private final java.util.function.Supplier<AppServices> servicesSupplier;

    BeautifyCommand(java.util.function.Supplier<AppServices> servicesSupplier) {
        this.servicesSupplier = servicesSupplier;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BeautyParameters parameters;
        try {
            validateOutputs();
            parameters = parameters(BeautyParameters.firstStart()); // checks the options before anything starts
        } catch (IllegalArgumentException e) {
            err.println(Text.get("cli.error", e.getMessage()));
            return ExitCode.USAGE;
        }
        AppServices services = servicesSupplier.get();
        Settings settings = services.settingsStore().load();
        if (preset != null) {
            Optional<Preset> chosen = java.util.stream.Stream.concat(new PresetStore(services.paths().presetsFile()).load().stream(),
                            Preset.starters(java.util.Locale.ENGLISH).stream())
                    .filter(p -> p.name().equalsIgnoreCase(preset.strip())).findFirst();
            if (chosen.isEmpty()) {
                err.println(Text.get("cli.error", Text.get("cli.noPreset", preset)));
                return ExitCode.USAGE;
            }
            parameters = parameters(chosen.get().parameters());
        }
        URI base;
        try {
            // The same rule as the window's: --api-base, else AILABAPI_BASE_URL, else Settings; a bad one is refused.
            base = new EngineChoice(services).apiBase(Optional.ofNullable(apiBase), settings);
        } catch (EngineChoice.UnavailableException e) {
            err.println(Text.get("cli.error", e.getMessage()));
            return ExitCode.USAGE;
        }
        Optional<String> key = services.keys().apiKey();
        EngineKind kind = engine == null ? EngineKind.defaultFor(key.isPresent()) : EngineKind.parse(engine).orElseThrow();
        BeautyEngine chosen;
        if (kind == EngineKind.LOCAL) {
            chosen = services.local();
            services.local().prepareInBackground(); // while the first photo is decoded
        } else if (key.isEmpty()) {
            err.println(Text.get("cli.error", Text.get("cli.noKey")));
            return ExitCode.API_ERROR;
        } else {
            Duration poll = pollInterval == null ? settings.pollInterval() : Duration.ofMillis(Math.round(pollInterval * 1000));
            chosen = services.cloud().engine(base, key.get(), poll);
        }

        metadata = settings.metadata();
        jpegQuality = settings.jpegQualityFraction();
        outputSize = outputSizeOption == null ? settings.outputSize() : java.util.Arrays.stream(OutputSize.values())
                .filter(o -> o.option().equals(outputSizeOption)).findFirst().orElseThrow();
        List<BatchPlan.Job> batch;
        try {
            batch = BatchPlan.expand(inputs, outDir, recursive);
        } catch (IOException e) {
            err.println(Text.get("cli.error", Text.get("cli.cannotList", e.getMessage())));
            return ExitCode.USAGE;
        }
        if (batch.isEmpty()) {
            err.println(Text.get("cli.error", Text.get("cli.noPhotos", inputs)));
            return ExitCode.USAGE;
        }
        if (batch.size() > 1) {
            err.println(Text.get(chosen.paidServiceScope().isPresent() ? "cli.startingCloud" : "cli.starting", batch.size(),
                    Math.min(jobs, batch.size())));
        }
        if (resendUnconfirmed) {
            int released = services.beautify().releaseUnconfirmed();
            err.println(Text.get("cli.released", released));
        }
        return runAll(batch, services.beautify(), chosen, parameters, err);
    }

    /**
     * Runs the photos on {@code --jobs} threads, printing each change; Ctrl+C stops them (jobs the service accepted
     * stay journaled and are fetched by the app later). The exit code is the first failure's, in input order.
     */
    private int runAll(List<BatchPlan.Job> batch, BeautifyService service, BeautyEngine engine, BeautyParameters parameters,
                       PrintWriter err) {
        BatchRunner runner = new BatchRunner(service, engine, parameters, new BatchRunner.Options(
                Math.min(jobs, batch.size()), namePattern, preset,
                overwrite ? ExistingResults.REPLACE : ExistingResults.SKIP, metadata, jpegQuality, outputSize, Optional.ofNullable(output)),
                report -> err.println(Text.get("cli.report", report.input().getFileName(), report.detail())
                        + report.taskId().filter(id -> report.state() == BatchRunner.State.WORKING).map(id -> " (task_id " + id + ")").orElse("")
                        + report.requestId().map(id -> " (request_id " + id + ")").orElse("")));
        Thread stopper = new Thread(() -> {
            runner.cancel();
            try {
                runner.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            runner.start(batch);
            runner.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runner.cancel();
        } finally {
            runner.shutdown();
            try {
                Runtime.getRuntime().removeShutdownHook(stopper);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: Ctrl+C
            }
        }
        List<BatchRunner.Report> reports = runner.reports();
        if (reports.size() > 1) {
            err.println(BatchSummary.of(reports));
        }
        return reports.stream().map(BatchSummary::exitCode).filter(code -> code != ExitCode.OK)
                .findFirst().orElse(ExitCode.OK);
    }

    /** The options given, over {@code base} (the defaults, or a preset) for those not given. */
    private BeautyParameters parameters(BeautyParameters base) {
        Optional<FilterType> f = filter == null ? base.filter() : Optional.empty();
        if (filter != null && !filter.isBlank() && !filter.equalsIgnoreCase("none")) {
            f = FilterType.parse(filter);
            if (f.isEmpty()) {
                throw new IllegalArgumentException(Text.get("cli.unknownFilter", filter));
            }
        }
        if (engine != null && EngineKind.parse(engine).isEmpty()) {
            throw new IllegalArgumentException(Text.get("cli.unknownEngine", engine));
        }
        if (outputSizeOption != null && java.util.Arrays.stream(OutputSize.values()).noneMatch(o -> o.option().equals(outputSizeOption))) {
            throw new IllegalArgumentException(Text.get("cli.unknownOutputSize", outputSizeOption));
        }
        // NaN and infinity fail both comparisons; a paid job must not be abandoned by an impossible interval.
        if (pollInterval != null && !(pollInterval >= 1 && pollInterval <= MAX_POLL_SECONDS)) {
            throw new IllegalArgumentException(Text.get("cli.badPollInterval", MAX_POLL_SECONDS, String.valueOf(pollInterval)));
        }
        Map<Adjustment, Integer> values = new EnumMap<>(Adjustment.class);
        for (Adjustment a : Adjustment.values()) {
            values.put(a, given.getOrDefault(a, base.value(a)));
        }
        return new BeautyParameters(values, f);
    }

    /**
     * One option per adjustment, {@code --shrink-face N}, added to the {@code beautify} command as it is built (picocli
     * takes options declared in code as well as annotated fields).
     */
    static void addAdjustmentOptions(CommandLine beautify) {
        BeautifyCommand command = beautify.getCommand();
        for (Adjustment a : Adjustment.values()) {
            beautify.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder(a.option())
                    .paramLabel("N").type(Integer.class)
                    .description(Text.get("cli.beautify.adjustment", a.start()))
                    .setter(new CommandLine.Model.ISetter() {
                        @Override
                        @SuppressWarnings("unchecked")
                        public <T> T set(T value) {
                            // picocli sets every option to its default (null here) before parsing: that is "not given".
                            return (T) (value == null ? command.given.remove(a) : command.given.put(a, (Integer) value));
                        }
                    })
                    .build());
        }
    }

    /** Checked before anything is decoded or paid for: an output that cannot be written is refused first. */
    private void validateOutputs() {
        if (jobs < 1 || jobs > 8) {
            throw new IllegalArgumentException(Text.get("cli.badJobs"));
        }
        if (output != null && outDir != null) {
            throw new IllegalArgumentException(Text.get("cli.outputOrOutDir"));
        }
        if ((inputs.size() > 1 || inputs.stream().anyMatch(Files::isDirectory)) && outDir == null) {
            throw new IllegalArgumentException(Text.get("cli.needsOutDir"));
        }
        if (inputs.size() == 1 && output == null && outDir == null) {
            throw new IllegalArgumentException(Text.get("cli.needsOutput"));
        }
        if (output != null) {
            String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (Files.isDirectory(output)) {
                throw new IllegalArgumentException(Text.get("cli.outputIsFolder", output));
            }
            if (!(name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png") || name.endsWith(".tif")
                    || name.endsWith(".tiff"))) {
                throw new IllegalArgumentException(Text.get("cli.outputFormat", output.getFileName()));
            }
            for (Path input : inputs) {
                if (dev.facebeauty.io.FileIdentity.sameFile(input, output)) {
                    throw new IllegalArgumentException(Text.get("cli.outputIsInput", input));
                }
            }
            if (Files.exists(output, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !overwrite) {
                throw new IllegalArgumentException(Text.get("cli.outputExists", output));
            }
        }
    }
}
