package dev.facebeauty.ui.variants;

import dev.facebeauty.api.CreditBalance;
import dev.facebeauty.engine.BeautyEngine;
import dev.facebeauty.engine.ProgressListener;
import dev.facebeauty.imaging.DecodedImage;
import dev.facebeauty.imaging.PreparedUpload;
import dev.facebeauty.jobs.BeautifyService;
import dev.facebeauty.jobs.JobOutcome;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
import dev.facebeauty.settings.Preset;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.batch.BatchViewModel;
import dev.facebeauty.ui.common.FxImages;
import dev.facebeauty.ui.common.UserMessages;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.scene.image.Image;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Variants: one photo retouched with several settings (the current sliders, presets, filters), shown side by side in
 * a grid so they can be compared at one zoom; the chosen one goes back to the main window to be saved. The photo is
 * prepared once; the variants run one after another, each journaled and cached as any job. FX thread only, except the
 * work itself.
 */
public final class VariantsViewModel {

    /** Something the user may tick: what it is, a name and the parameters it stands for. */
    public static final class Candidate {
        /** Where a candidate comes from, for the window's quick picks. */
        public enum Kind { CURRENT, PRESET, FILTER }

        private final Kind kind;
        private final String label;
        private final BeautyParameters parameters;
        private final BooleanProperty chosen = new SimpleBooleanProperty(false);

        Candidate(Kind kind, String label, BeautyParameters parameters) {
            this.kind = kind;
            this.label = label;
            this.parameters = parameters;
        }

        public Kind kind() {
            return kind;
        }

        public String label() {
            return label;
        }

        public BeautyParameters parameters() {
            return parameters;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One tile of the grid. */
    public static final class Variant {
        private final String label;
        private final BeautyParameters parameters;
        private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
        private final StringProperty state = new SimpleStringProperty(Text.get("batch.state.waiting"));
        private JobOutcome outcome;
        private DecodedImage pixels;

        Variant(String label, BeautyParameters parameters) {
            this.label = label;
            this.parameters = parameters;
        }

        public String label() {
            return label;
        }

        public BeautyParameters parameters() {
            return parameters;
        }

        public ObjectProperty<Image> imageProperty() {
            return image;
        }

        public StringProperty stateProperty() {
            return state;
        }

        /** The finished job, or null while it is not done. */
        public JobOutcome outcome() {
            return outcome;
        }

        public DecodedImage pixels() {
            return pixels;
        }
    }

    /** Hands a finished variant to the main window. */
    @FunctionalInterface
    public interface Adopter {
        void adopt(Variant variant);
    }

    private final BeautifyService service;
    private final BatchViewModel.EngineSource engine;
    private final Path source;
    private final DecodedImage photo;
    private final Image original;
    private final Executor executor;
    private final Adopter adopter;
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList(
            c -> new javafx.beans.Observable[] {c.chosenProperty()});
    private final ObservableList<Variant> variants = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final boolean paid;
    /** For the output size and JPEG quality results are kept at. */
    private final dev.facebeauty.settings.Settings settings;
    private Task<Void> task;

    public VariantsViewModel(BeautifyService service, BatchViewModel.EngineSource engine, boolean paid, Path source, DecodedImage photo,
                      Image original, BeautyParameters current, List<Preset> presets, Executor executor, Adopter adopter,
                      dev.facebeauty.settings.Settings settings) {
        this.service = service;
        this.settings = settings;
        this.engine = engine;
        this.paid = paid;
        this.source = source;
        this.photo = photo;
        this.original = original;
        this.executor = executor;
        this.adopter = adopter;
        Candidate now = new Candidate(Candidate.Kind.CURRENT, Text.get("variants.current"), current);
        now.chosenProperty().set(true);
        candidates.add(now);
        presets.forEach(p -> candidates.add(new Candidate(Candidate.Kind.PRESET, Text.get("variants.preset", p.name()), p.parameters())));
        for (FilterType f : FilterType.values()) {
            candidates.add(new Candidate(Candidate.Kind.FILTER, Text.get("variants.filter", f.label()), current.withFilter(f)));
        }
    }

    ObservableList<Candidate> candidates() {
        return candidates;
    }

    public ObservableList<Variant> variants() {
        return variants;
    }

    public Image original() {
        return original;
    }

    public Path source() {
        return source;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** "4 variants · 60 credits at most (repeats are free)", or free with the built-in engine. */
    public StringBinding costText() {
        return Bindings.createStringBinding(() -> {
            long n = candidates.stream().filter(c -> c.chosenProperty().get()).count();
            return paid ? Text.get("variants.costCloud", n, n * CreditBalance.CREDITS_PER_JOB) : Text.get("variants.costLocal", n);
        }, candidates);
    }

    /** Retouches every ticked candidate, one after another, filling the grid as results arrive. */
    public void run() {
        if (running.get()) {
            return;
        }
        List<Candidate> picked = candidates.stream().filter(c -> c.chosenProperty().get()).toList();
        if (picked.isEmpty()) {
            message.set(Text.get("variants.tickOne"));
            return;
        }
        BeautyEngine chosen;
        try {
            chosen = engine.get();
        } catch (UserMessages.UserFacingException e) {
            message.set(e.getMessage());
            return;
        }
        List<Variant> tiles = new ArrayList<>();
        picked.forEach(c -> tiles.add(new Variant(c.label(), c.parameters())));
        variants.setAll(tiles);
        task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                PreparedUpload upload = service.prepare(photo, chosen);
                for (Variant v : tiles) {
                    if (isCancelled()) {
                        break;
                    }
                    Platform.runLater(() -> v.state.set(Text.get("common.working")));
                    try {
                        JobOutcome outcome = service.asKept(service.beautify(source, upload, v.parameters(), chosen,
                                ProgressListener.NONE), photo, v.parameters(), settings.outputSize(), settings.jpegQualityFraction());
                        DecodedImage pixels = service.picture(outcome.result());
                        Image image = FxImages.toFx(pixels.image());
                        Platform.runLater(() -> {
                            v.outcome = outcome;
                            v.pixels = pixels;
                            v.image.set(image);
                            v.state.set(outcome.result().engineName() + outcome.taskId().map(id -> " · " + Text.get("caption.task", id)).orElse(""));
                        });
                    } catch (InterruptedException e) {
                        throw e;
                    } catch (Exception e) {
                        String why = UserMessages.describe(e);
                        Platform.runLater(() -> v.state.set(Text.get("history.state.failedBecause", why)));
                    }
                }
                return null;
            }
        };
        running.set(true);
        message.set(Text.get("variants.retouching", tiles.size()));
        task.setOnSucceeded(e -> finish(Text.get("variants.done")));
        task.setOnFailed(e -> finish(UserMessages.describe(task.getException())));
        task.setOnCancelled(e -> finish(Text.get("variants.stopped")));
        executor.execute(task);
    }

    public void cancel() {
        if (task != null) {
            task.cancel(true);
        }
    }

    /** Sends a finished variant to the main window as its result, with its settings. */
    public boolean use(Variant variant) {
        if (variant == null || variant.outcome() == null) {
            return false;
        }
        adopter.adopt(variant);
        return true;
    }

    private void finish(String text) {
        running.set(false);
        message.set(text);
    }

    /** Ticks every candidate of one kind (the window's "All presets"). */
    void chooseAll(Candidate.Kind kind) {
        candidates.stream().filter(c -> c.kind() == kind).forEach(c -> c.chosenProperty().set(true));
    }

    /** Ticks the candidate that tries {@code filter} with the current settings. */
    public void choose(FilterType filter) {
        candidates.stream().filter(c -> c.kind() == Candidate.Kind.FILTER && c.parameters().filter().equals(java.util.Optional.of(filter)))
                .forEach(c -> c.chosenProperty().set(true));
    }

    /** Unticks everything (the window's "None"). */
    void chooseNone() {
        candidates.forEach(c -> c.chosenProperty().set(false));
    }
}
