package dev.facebeauty.ui.history;

import dev.facebeauty.jobs.BeautifyService;
import dev.facebeauty.jobs.JournalEntry;
import dev.facebeauty.text.Text;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The history panel: cloud jobs from the task journal (the last 30 days), newest first, with what the window can do
 * with each: reopen it, run it again, forget it. FX thread only.
 */
public final class HistoryViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final BeautifyService service;
    private final Consumer<JournalEntry> reopen;
    private final Consumer<JournalEntry> rerun;
    private final BiConsumer<JournalEntry, Consumer<String>> checkNow;
    private final ObservableList<JournalEntry> entries = FXCollections.observableArrayList();
    private final javafx.beans.property.BooleanProperty waitingOnly = new javafx.beans.property.SimpleBooleanProperty(false);
    private final ZoneId zone;

    public HistoryViewModel(BeautifyService service, Consumer<JournalEntry> reopen, Consumer<JournalEntry> rerun,
                            BiConsumer<JournalEntry, Consumer<String>> checkNow, ZoneId zone) {
        this.service = service;
        this.reopen = reopen;
        this.rerun = rerun;
        this.checkNow = checkNow;
        this.zone = zone;
        waitingOnly.addListener((obs, old, only) -> refresh());
        refresh();
    }

    public ObservableList<JournalEntry> entries() {
        return entries;
    }

    void refresh() {
        entries.setAll(service.journal().all().stream()
                .filter(e -> !waitingOnly.get() || e.state() == JournalEntry.State.DOWNLOADED)
                .sorted(Comparator.comparing(JournalEntry::submittedAt).reversed()).toList());
    }

    /** Only the results waiting to be saved (opened so from the recovery bar's Review); the list follows at once. */
    public javafx.beans.property.BooleanProperty waitingOnlyProperty() {
        return waitingOnly;
    }

    public void reopen(JournalEntry entry) {
        reopen.accept(entry);
    }

    /** Whether the job still waits for the service (then it can be checked by hand, not deleted). */
    public static boolean waiting(JournalEntry entry) {
        return entry.state() == JournalEntry.State.SUBMITTED;
    }

    /** Asks the service about a waiting job at once; {@code report} hears the answer, and the list is refreshed. */
    public void checkNow(JournalEntry entry, Consumer<String> report) {
        checkNow.accept(entry, answer -> {
            refresh();
            report.accept(answer);
        });
    }

    /** Runs the job's photo again with its settings; false (nothing done) when the photo is gone. */
    public boolean rerun(JournalEntry entry) {
        if (!Files.isRegularFile(Path.of(entry.source()))) {
            return false;
        }
        rerun.accept(entry);
        return true;
    }

    /** Forgets a finished job and its kept copy (saved files stay); false for a job still waiting for its result. */
    public boolean delete(JournalEntry entry) {
        boolean deleted = service.delete(entry.taskId());
        refresh();
        return deleted;
    }

    /** The picture a row shows: the saved or kept result when it still exists, else the original. */
    public Path pictureOf(JournalEntry entry) {
        return entry.savedToOptional().or(entry::resultFileOptional).map(Path::of).filter(Files::isRegularFile)
                .orElse(Path.of(entry.source()));
    }

    public String title(JournalEntry entry) {
        Path source = Path.of(entry.source());
        return (source.getFileName() == null ? entry.source() : source.getFileName().toString()) + " · "
                + TIME.format(entry.submittedAt().atZone(zone));
    }

    /** "W 50 · S 50 · Thin 50 · Shrink 50 · Eyes 50 · Brows 50 · Sunny Day". */
    public static String parameters(JournalEntry entry) {
        return dev.facebeauty.ui.common.ParameterText.of(entry.parameters());
    }

    public static String state(JournalEntry entry) {
        return switch (entry.state()) {
            case SUBMITTED -> Text.get("history.state.submitted");
            case DOWNLOADED -> Text.get("history.state.downloaded");
            case SAVED -> entry.savedToOptional().map(f -> Text.get("history.state.savedAs", Path.of(f).getFileName()))
                    .orElseGet(() -> Text.get("history.state.saved"));
            case DISCARDED -> Text.get("history.state.discarded");
            case FAILED -> Optional.ofNullable(entry.message()).map(m -> Text.get("history.state.failedBecause", m))
                    .orElseGet(() -> Text.get("history.state.failed"));
            case UNCONFIRMED -> Text.get("history.state.unconfirmed");
        };
    }
}
