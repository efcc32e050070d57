package dev.facebeauty.ui;

import dev.facebeauty.settings.Preset;
import dev.facebeauty.settings.PresetStore;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.UserMessages;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The preset list beside the sliders: apply with one click, save the current sliders under a name, rename, delete,
 * import and export. Every change is written at once; problems come back as sentences for the window.
 */
public final class PresetsViewModel {

    private final PresetStore store;
    private final AdjustmentsViewModel adjustments;
    private final ObservableList<Preset> presets = FXCollections.observableArrayList();
    /** What the preset box says: the preset the sliders match, "Natural — modified" once they leave it, or nothing. */
    private final javafx.beans.property.ReadOnlyStringWrapper label = new javafx.beans.property.ReadOnlyStringWrapper("");
    private Preset lastApplied;

    public PresetsViewModel(PresetStore store, AdjustmentsViewModel adjustments) {
        this.store = store;
        this.adjustments = adjustments;
        presets.setAll(store.load());
        adjustments.onChange(this::follow);
        follow();
    }

    /** The preset box's text, following the sliders. */
    public javafx.beans.property.ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    private void follow() {
        java.util.Optional<Preset> now = matching(adjustments.parameters());
        now.ifPresent(p -> lastApplied = p); // the preset the sliders were last at, applied or reached by hand
        label.set(now.map(Preset::name).orElseGet(() -> lastApplied == null ? "" : Text.get("presets.modified", lastApplied.name())));
    }

    public ObservableList<Preset> presets() {
        return presets;
    }

    /** The preset the sliders and filter match exactly now, if any (names the {@code {preset}} token of a batch). */
    public java.util.Optional<Preset> matching(dev.facebeauty.model.BeautyParameters parameters) {
        return presets.stream().filter(p -> p.parameters().equals(parameters)).findFirst();
    }

    public void apply(Preset preset) {
        lastApplied = preset;
        adjustments.set(preset.parameters());
        follow();
    }

    /** Saves the current sliders and filter as {@code name}, replacing a user preset of that name. */
    public Preset saveCurrent(String name) throws UserMessages.UserFacingException {
        Preset preset = named(name);
        int existing = indexOf(preset.name());
        if (existing >= 0 && presets.get(existing).builtIn()) {
            throw new UserMessages.UserFacingException(Text.get("presets.builtInName", preset.name()));
        }
        Preset saved = Preset.of(preset.name(), adjustments.parameters());
        if (existing >= 0) {
            presets.set(existing, saved);
        } else {
            presets.add(saved);
        }
        persist();
        return saved;
    }

    public void rename(Preset preset, String newName) throws UserMessages.UserFacingException {
        requireOwn(preset);
        Preset renamed = named(newName);
        int clash = indexOf(renamed.name());
        if (clash >= 0 && presets.get(clash) != preset) {
            throw new UserMessages.UserFacingException(Text.get("presets.exists", renamed.name()));
        }
        presets.set(presets.indexOf(preset), Preset.of(renamed.name(), preset.parameters()));
        persist();
    }

    public void delete(Preset preset) throws UserMessages.UserFacingException {
        requireOwn(preset);
        presets.remove(preset);
        persist();
    }

    /** Adds the presets in a file; ones with the name of a built-in get " (imported)" added. Returns how many. */
    public int importFrom(Path file) throws UserMessages.UserFacingException {
        List<Preset> read;
        try {
            read = PresetStore.read(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserMessages.UserFacingException(Text.get("presets.importFailed", file.getFileName(), e.getMessage()));
        }
        for (Preset p : read) {
            int existing = indexOf(p.name());
            if (existing >= 0 && presets.get(existing).builtIn()) {
                presets.add(Preset.of(Text.get("presets.imported", p.name()), p.parameters()));
            } else if (existing >= 0) {
                presets.set(existing, p);
            } else {
                presets.add(p);
            }
        }
        persist();
        return read.size();
    }

    /** Writes the user's presets (or all, when there are none of the user's) to a file others can import. */
    public void exportTo(Path file) throws UserMessages.UserFacingException {
        List<Preset> own = presets.stream().filter(p -> !p.builtIn()).toList();
        try {
            PresetStore.write(file, own.isEmpty() ? new ArrayList<>(presets) : own);
        } catch (IOException e) {
            throw new UserMessages.UserFacingException(Text.get("presets.exportFailed", file.getFileName(), e.getMessage()));
        }
    }

    private void persist() throws UserMessages.UserFacingException {
        try {
            store.save(presets);
        } catch (IOException e) {
            throw new UserMessages.UserFacingException(Text.get("presets.saveFailed", e.getMessage()));
        }
    }

    private static Preset named(String name) throws UserMessages.UserFacingException {
        if (name == null || name.isBlank()) {
            throw new UserMessages.UserFacingException(Text.get("presets.giveName"));
        }
        return Preset.of(name, dev.facebeauty.model.BeautyParameters.defaults());
    }

    private static void requireOwn(Preset preset) throws UserMessages.UserFacingException {
        if (preset.builtIn()) {
            throw new UserMessages.UserFacingException(Text.get("presets.builtInFixed"));
        }
    }

    private int indexOf(String name) {
        for (int i = 0; i < presets.size(); i++) {
            if (presets.get(i).name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }
}
