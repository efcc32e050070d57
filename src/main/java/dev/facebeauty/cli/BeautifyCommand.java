package dev.facebeauty.cli;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.app.EngineChoice;
import dev.facebeauty.model.Adjustment;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
import dev.facebeauty.engine.BeautyEngine;
import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.model.OutputSize;
import dev.facebeauty.jobs.BatchPlan;
import dev.facebeauty.jobs.BatchRunner;
import dev.facebeauty.jobs.BeautifyService;
import dev.facebeauty.settings.Preset;
import dev.facebeauty.settings.PresetStore;
import dev.facebeauty.settings.Settings;
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
@Command(name = "beautify", mixinStandardHelpOptions = true,
        description = "Retouch portraits with Face Beauty Pro and save the results.",
        footer = {"", "Exit codes: 0 done, 2 usage, 3 unusable input image, 4 API error, 5 network or timeout.",
                "The API key comes from AILABAPI_API_KEY or the one saved in the app's Settings."})
final class BeautifyCommand implements Callable<Integer> {

    static final int MAX_POLL_SECONDS = 3600;

    /** What was given for the adjustments' options (--whitening … --remove-eyebrow), made from {@link Adjustment}. */
    private final Map<Adjustment, Integer> given = new EnumMap<>(Adjustment.class);
    @Option(names = "--filter", paramLabel = "N|NAME", description = "Filter 1-35 or its name, e.g. \"Sunny Day\"; none for no filter")
    String filter;
    @Option(names = "--preset", paramLabel = "NAME", description = "Start from a preset (built-in or saved in the app); options given override it")
    String preset;
    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "cloud (AILabTools, needs a key) or local (built in, offline); default: cloud when a key is set")
    String engine;
    @Option(names = "--api-base", paramLabel = "URL", description = "API address (default: AILABAPI_BASE_URL, Settings, https://www.ailabapi.com)")
    String apiBase;
    @Option(names = "--poll-interval", paramLabel = "SECONDS", description = "Seconds between status checks, 1-3600 (default: Settings, 5)")
    Double pollInterval;
    @Option(names = "--resend-unconfirmed", description = "Send again photos whose earlier upload may have been charged "
            + "without a job number coming back (check your balance first)")
    boolean resendUnconfirmed;
    @Option(names = "--output-size", paramLabel = "SIZE", description = "full: a cloud result of a photo made smaller to "
            + "upload is rebuilt at the original's size, bit depth and colour profile (default: Settings, full); "
            + "service: the service's own file")
    String outputSizeOption;
    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Result file for a single input (.jpg, .png or .tif)")
    Path output;
    @Option(names = "--out-dir", paramLabel = "DIR", description = "Folder for the results of several inputs or folders; "
            + "results already there are skipped, so a stopped run can simply be started again")
    Path outDir;
    @Option(names = "--name", paramLabel = "PATTERN", defaultValue = BatchPlan.DEFAULT_PATTERN,
            description = "Result names in --out-dir: {name}, {ext}, {preset}, {settings}, {filter} (default ${DEFAULT-VALUE})")
    String namePattern;
    @Option(names = {"-r", "--recursive"}, description = "Take photos in subfolders too (mirrored in --out-dir)")
    boolean recursive;
    @Option(names = "--jobs", paramLabel = "N", defaultValue = "2", description = "Photos worked on at once, 1-8 (default ${DEFAULT-VALUE})")
    int jobs;
    @Option(names = "--overwrite", description = "Replace existing output files (an input is never replaced)")
    boolean overwrite;
    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Photos or folders of photos to retouch (JPEG, PNG, TIFF, WebP, ...)")
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
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        AppServices services = servicesSupplier.get();
        Settings settings = services.settingsStore().load();
        if (preset != null) {
            Optional<Preset> chosen = new PresetStore(services.paths().presetsFile()).load().stream()
                    .filter(p -> p.name().equalsIgnoreCase(preset.strip())).findFirst();
            if (chosen.isEmpty()) {
                err.println("error: no preset called \"" + preset + "\"");
                return ExitCode.USAGE;
            }
            parameters = parameters(chosen.get().parameters());
        }
        URI base;
        try {
            // The same rule as the window's: --api-base, else AILABAPI_BASE_URL, else Settings; a bad one is refused.
            base = new EngineChoice(services).apiBase(Optional.ofNullable(apiBase), settings);
        } catch (EngineChoice.UnavailableException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Optional<String> key = services.keys().apiKey();
        EngineKind kind = engine == null ? EngineKind.defaultFor(key.isPresent()) : EngineKind.parse(engine).orElseThrow();
        BeautyEngine chosen;
        if (kind == EngineKind.LOCAL) {
            chosen = services.local();
        } else if (key.isEmpty()) {
            err.println("error: no API key. Set AILABAPI_API_KEY or save a key in the app's Settings, "
                    + "or use --engine local.");
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
            err.println("error: cannot read the input folder: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (batch.isEmpty()) {
            err.println("error: no photos found in " + inputs);
            return ExitCode.USAGE;
        }
        if (batch.size() > 1) {
            err.println("Retouching " + batch.size() + " photos, " + Math.min(jobs, batch.size()) + " at a time"
                    + (chosen.paidServiceScope().isPresent() ? "; at most " + batch.size() + " cloud jobs (photos done "
                    + "before or already in the output folder cost nothing)" : "") + ".");
        }
        if (resendUnconfirmed) {
            int released = services.beautify().releaseUnconfirmed();
            err.println(released == 0 ? "No earlier upload was waiting for a decision."
                    : released + " earlier upload(s) that may have been charged are no longer held back: their photos are "
                    + "sent again when beautified.");
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
                Math.min(jobs, batch.size()), namePattern, preset, overwrite, metadata, jpegQuality, outputSize, Optional.ofNullable(output)),
                report -> err.println(report.input().getFileName() + ": " + report.detail()
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
            err.println(summary(reports));
        }
        return reports.stream().map(BeautifyCommand::exitCode).filter(code -> code != ExitCode.OK)
                .findFirst().orElse(ExitCode.OK);
    }

    /** The batch's last line: every photo is counted in one of saved, skipped, failed or not done. */
    static String summary(List<BatchRunner.Report> reports) {
        java.util.Map<BatchRunner.State, Long> counts = reports.stream()
                .collect(java.util.stream.Collectors.groupingBy(BatchRunner.Report::state, java.util.stream.Collectors.counting()));
        List<String> parts = new java.util.ArrayList<>();
        parts.add(counts.getOrDefault(BatchRunner.State.DONE, 0L) + " saved");
        long skipped = counts.getOrDefault(BatchRunner.State.SKIPPED, 0L);
        if (skipped > 0) {
            parts.add(skipped + " skipped (already in the output folder)");
        }
        long failed = counts.getOrDefault(BatchRunner.State.FAILED, 0L);
        if (failed > 0) {
            parts.add(failed + " failed");
        }
        long notDone = reports.size() - counts.getOrDefault(BatchRunner.State.DONE, 0L) - skipped - failed;
        if (notDone > 0) {
            parts.add(notDone + " not done (stopped)");
        }
        return "Done: " + String.join(", ", parts) + " — " + reports.size() + " photos.";
    }

    private static int exitCode(BatchRunner.Report report) {
        if (report.state() == BatchRunner.State.CANCELLED) {
            return ExitCode.NETWORK;
        }
        return switch (report.failure()) {
            case NONE -> ExitCode.OK;
            case BAD_IMAGE -> ExitCode.BAD_IMAGE;
            case SERVICE -> ExitCode.API_ERROR;
            case NETWORK -> ExitCode.NETWORK;
            case WRITE -> ExitCode.USAGE;
            case INTERNAL -> ExitCode.INTERNAL;
        };
    }

    /** The options given, over {@code base} (the defaults, or a preset) for those not given. */
    private BeautyParameters parameters(BeautyParameters base) {
        Optional<FilterType> f = filter == null ? base.filter() : Optional.empty();
        if (filter != null && !filter.isBlank() && !filter.equalsIgnoreCase("none")) {
            f = FilterType.parse(filter);
            if (f.isEmpty()) {
                throw new IllegalArgumentException("unknown filter \"" + filter + "\"; use 1-35 or a name such as \"Sunny Day\"");
            }
        }
        if (engine != null && EngineKind.parse(engine).isEmpty()) {
            throw new IllegalArgumentException("unknown engine \"" + engine + "\"; use cloud or local");
        }
        if (outputSizeOption != null && java.util.Arrays.stream(OutputSize.values()).noneMatch(o -> o.option().equals(outputSizeOption))) {
            throw new IllegalArgumentException("unknown --output-size \"" + outputSizeOption + "\"; use full or service");
        }
        // NaN and infinity fail both comparisons; a paid job must not be abandoned by an impossible interval.
        if (pollInterval != null && !(pollInterval >= 1 && pollInterval <= MAX_POLL_SECONDS)) {
            throw new IllegalArgumentException("--poll-interval must be a number of seconds from 1 to " + MAX_POLL_SECONDS
                    + ", not " + pollInterval);
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
                    .description("0-100 (default " + a.start() + ", or the preset's)")
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
            throw new IllegalArgumentException("--jobs must be 1-8");
        }
        if (output != null && outDir != null) {
            throw new IllegalArgumentException("use either -o or --out-dir, not both");
        }
        if ((inputs.size() > 1 || inputs.stream().anyMatch(Files::isDirectory)) && outDir == null) {
            throw new IllegalArgumentException("several inputs or a folder need --out-dir");
        }
        if (inputs.size() == 1 && output == null && outDir == null) {
            throw new IllegalArgumentException("missing -o OUT (or --out-dir DIR)");
        }
        if (output != null) {
            String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (Files.isDirectory(output)) {
                throw new IllegalArgumentException(output + " is a folder: give -o a file name such as portrait_beauty.jpg, "
                        + "or use --out-dir");
            }
            if (!(name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".png") || name.endsWith(".tif")
                    || name.endsWith(".tiff"))) {
                throw new IllegalArgumentException("results are written as JPEG, PNG or TIFF: name the output .jpg, "
                        + ".jpeg, .png, .tif or .tiff, not " + output.getFileName());
            }
            for (Path input : inputs) {
                if (dev.facebeauty.io.FileIdentity.sameFile(input, output)) {
                    throw new IllegalArgumentException("the output must not be the input file " + input
                            + " (your original is never written over)");
                }
            }
            if (Files.exists(output, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !overwrite) {
                throw new IllegalArgumentException(output + " already exists; add --overwrite to replace it");
            }
        }
    }
}
