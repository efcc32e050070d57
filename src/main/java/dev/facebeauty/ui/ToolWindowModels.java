package dev.facebeauty.ui;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.engine.BeautyEngine;
import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.settings.Settings;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.batch.BatchViewModel;
import dev.facebeauty.ui.common.UserMessages;
import dev.facebeauty.ui.history.HistoryViewModel;
import dev.facebeauty.ui.variants.VariantsViewModel;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The batch, variants and history windows' models, made from the main window's state as it is when they open:
 * the sliders, filter, engine and settings; what they hand back (a variant taken, a job reopened) lands in it.
 */
final class ToolWindowModels {

    private final AppServices services;
    private final Executor executor;
    private final AdjustmentsViewModel adjustments;
    private final PresetsViewModel presets;
    private final Supplier<Settings> settings;
    private final Supplier<EngineKind> engineKindNow;
    private final PhotoViewModel photo;
    private final ResultViewModel result;
    private final StatusLine status;
    private final LivePreview preview;
    private final RecoveryViewModel recovery;
    private final BeautifyAction beautify;
    private final Workspace workspace;

    ToolWindowModels(AppServices services, Executor executor, AdjustmentsViewModel adjustments, PresetsViewModel presets,
                     Supplier<Settings> settings, Supplier<EngineKind> engineKind, PhotoViewModel photo,
                     ResultViewModel result, StatusLine status, LivePreview preview, RecoveryViewModel recovery,
                     BeautifyAction beautify, Workspace workspace) {
        this.workspace = workspace;
        this.services = services;
        this.executor = executor;
        this.adjustments = adjustments;
        this.presets = presets;
        this.settings = settings;
        this.engineKindNow = engineKind;
        this.photo = photo;
        this.result = result;
        this.status = status;
        this.preview = preview;
        this.recovery = recovery;
        this.beautify = beautify;
    }


    /**
     * Variants of the open photo with the chosen engine; the one the user picks becomes this window's result, with its
     * settings on the sliders. Null when no photo is open.
     */
    VariantsViewModel variants() {
        DecodedImage picture = photo.decoded();
        Path path = photo.sourceProperty().get();
        if (picture == null || path == null) {
            return null;
        }
        boolean cloud = engineKindNow.get() == EngineKind.CLOUD;
        return new VariantsViewModel(services.beautify(), this::engine, cloud, path, picture, photo.imageProperty().get(),
                adjustments.parameters(), presets.presets(), executor, variant -> {
                    if (!path.equals(photo.sourceProperty().get()) || status.isBusy()) {
                        status.show(Text.get("variants.notTaken"), StatusKind.ERROR);
                        return;
                    }
                    adjustments.set(variant.parameters());
                    preview.supersede();
                    result.show(variant.outcome(), variant.imageProperty().get(), variant.pixels(), path, cloud);
                    status.show(Text.get("variants.taken", variant.label()), StatusKind.SUCCESS);
                }, settings.get());
    }

    /** A batch of photos with the current sliders, filter, engine and metadata choice (for the batch window). */
    BatchViewModel batch() {
        Path open = photo.sourceProperty().get();
        return new BatchViewModel(services.beautify(), this::engine, () -> engineKindNow.get() == EngineKind.CLOUD,
                adjustments::parameters,
                settings, executor, open == null ? null : open.toAbsolutePath().getParent(),
                () -> presets.matching(adjustments.parameters()).map(dev.facebeauty.settings.Preset::name).orElse(null),
                workspace.batch(), workspace::batch);
    }

    /** The history of cloud jobs, whose actions act on this window. */
    HistoryViewModel history() {
        return new HistoryViewModel(services.beautify(), recovery::reopen, recovery::rerun, recovery::checkNow,
                java.time.ZoneId.systemDefault());
    }

    private BeautyEngine engine() throws UserMessages.UserFacingException {
        return beautify.engine();
    }
}
