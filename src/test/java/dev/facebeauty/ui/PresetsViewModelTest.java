package dev.facebeauty.ui;

import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
import dev.facebeauty.settings.Preset;
import dev.facebeauty.settings.PresetStore;
import dev.facebeauty.ui.common.UserMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PresetsViewModelTest {

    @TempDir
    Path dir;

    private PresetsViewModel presets(AdjustmentsViewModel adjustments) {
        return new PresetsViewModel(new PresetStore(dir.resolve("presets.json")), adjustments);
    }

    private static Preset named(PresetsViewModel vm, String name) {
        return vm.presets().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void builtInsAreThereAndApplyWithOneCall() {
        AdjustmentsViewModel adjustments = new AdjustmentsViewModel();
        PresetsViewModel vm = presets(adjustments);
        assertTrue(vm.presets().size() >= 5);
        vm.apply(named(vm, "Soft glam"));
        assertEquals(Preset.starters().get(2).parameters(), adjustments.parameters());
        assertThrows(UserMessages.UserFacingException.class, () -> vm.delete(named(vm, "Natural")));
        assertThrows(UserMessages.UserFacingException.class, () -> vm.saveCurrent("natural"), "a built-in's name is taken");
    }

    @Test
    void thePresetBoxFollowsTheSliders() {
        AdjustmentsViewModel adjustments = new AdjustmentsViewModel();
        PresetsViewModel vm = presets(adjustments);
        assertEquals("Natural", vm.labelProperty().get(), "a fresh window's sliders are the Natural preset");
        adjustments.sliders().get(1).valueProperty().set(55);
        assertEquals("Natural — modified", vm.labelProperty().get(), "moving a slider leaves it, and the box says so");
        vm.apply(named(vm, "Soft glam"));
        assertEquals("Soft glam", vm.labelProperty().get());
        adjustments.sliders().getFirst().valueProperty().set(adjustments.sliders().getFirst().value() + 7);
        assertEquals("Soft glam — modified", vm.labelProperty().get());
        adjustments.sliders().getFirst().valueProperty().set(adjustments.sliders().getFirst().value() - 7);
        assertEquals("Soft glam", vm.labelProperty().get(), "back at the preset's values");
        adjustments.set(named(vm, "Natural").parameters());
        assertEquals("Natural", vm.labelProperty().get(), "whichever preset the sliders match is named");
    }

    @Test
    void savedRenamedAndDeletedPresetsAreKeptAcrossRuns() throws Exception {
        AdjustmentsViewModel adjustments = new AdjustmentsViewModel();
        adjustments.set(new BeautyParameters(11, 22, 33, 44, 55, 66, Optional.of(FilterType.PRAGUE)));
        PresetsViewModel vm = presets(adjustments);
        vm.saveCurrent("Wedding, window light");
        PresetsViewModel again = presets(new AdjustmentsViewModel());
        assertEquals(adjustments.parameters(), named(again, "Wedding, window light").parameters());

        again.rename(named(again, "Wedding, window light"), "Wedding");
        again.saveCurrent("Spare");
        again.delete(named(again, "Spare"));
        PresetsViewModel third = presets(new AdjustmentsViewModel());
        assertEquals(adjustments.parameters(), named(third, "Wedding").parameters());
        assertTrue(third.presets().stream().noneMatch(p -> p.name().equals("Spare")));
        assertThrows(UserMessages.UserFacingException.class, () -> third.saveCurrent("  "), "a name is needed");
    }

    @Test
    void exportsAFileAnotherComputerImports() throws Exception {
        AdjustmentsViewModel adjustments = new AdjustmentsViewModel();
        adjustments.set(new BeautyParameters(5, 15, 25, 35, 45, 55, Optional.of(FilterType.SUNNY_DAY)));
        PresetsViewModel mine = presets(adjustments);
        mine.saveCurrent("Beach");
        Path file = dir.resolve("shared.json");
        mine.exportTo(file);
        assertTrue(Files.readString(file).contains("\"filter\" : \"Sunny Day\""), Files.readString(file));

        PresetsViewModel theirs = new PresetsViewModel(new PresetStore(dir.resolve("other/presets.json")), new AdjustmentsViewModel());
        assertEquals(1, theirs.importFrom(file));
        assertEquals(adjustments.parameters(), named(theirs, "Beach").parameters());

        Path junk = dir.resolve("junk.json");
        Files.writeString(junk, "{\"something\": 1}");
        UserMessages.UserFacingException e = assertThrows(UserMessages.UserFacingException.class, () -> theirs.importFrom(junk));
        assertTrue(e.getMessage().contains("not a Face Beauty Studio presets file"), e.getMessage());
    }
}
