package dev.facebeauty.ui;

import dev.facebeauty.api.ApiException;
import dev.facebeauty.api.CreditBalance;
import dev.facebeauty.app.EngineChoice;
import dev.facebeauty.settings.Settings;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.CreditsText;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The main window's status bar: the sentence about what is happening (and its kind), the credit balance, and the one
 * job that makes the window busy (Beautify, Save), which Cancel stops.
 */
final class StatusLine {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(Text.get("status.begin"));
    private final ReadOnlyObjectWrapper<StatusKind> kind = new ReadOnlyObjectWrapper<>(StatusKind.INFO);
    private final ReadOnlyStringWrapper credits = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Executor executor;
    private Task<?> running;

    StatusLine(Executor executor) {
        this.executor = executor;
    }

    void show(String sentence, StatusKind what) {
        text.set(sentence);
        kind.set(what);
    }

    /** Runs the window's one busy job; the window is busy until it ends, however it ends. */
    void start(Task<?> task) {
        running = task;
        busy.set(true);
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                busy.set(false);
            }
        });
        executor.execute(task);
    }

    /** Whether the busy job is still running. */
    boolean working() {
        return running != null && !running.isDone();
    }

    void cancel() {
        if (running != null) {
            running.cancel(true);
        }
    }

    /** Reads the credit balance in the background; "Add your API key…" when there is none. */
    /** A balance read elsewhere (Settings → Check key) for the key in use. */
    void showCredits(java.util.List<dev.facebeauty.api.CreditBalance> balance) {
        credits.set(CreditsText.of(balance));
    }

    void refreshCredits(EngineChoice engines, Settings settings) {
        Task<Optional<List<CreditBalance>>> task = new Task<>() {
            @Override
            protected Optional<List<CreditBalance>> call() throws Exception {
                return engines.credits(settings);
            }
        };
        task.setOnSucceeded(e -> credits.set(task.getValue().map(CreditsText::of).orElseGet(() -> Text.get("status.addKey"))));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            credits.set(t instanceof ApiException api && !api.retryable() ? Text.get("status.creditsProblem", api.userMessage())
                    : t instanceof EngineChoice.UnavailableException u ? Text.get("status.creditsProblem", u.getMessage())
                    : Text.get("status.creditsUnavailable"));
        });
        executor.execute(task);
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<StatusKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    ReadOnlyStringProperty creditsProperty() {
        return credits.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    boolean isBusy() {
        return busy.get();
    }
}
