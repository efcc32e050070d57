package dev.facebeauty.settings;

import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PresetStoreTest {

    /** A presets file as the app wrote (and exported) it before this version: no version field. */
    @Test
    void aPresetsFileFromTheEarlierVersionIsReadAndWrittenBackWithItsVersion(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("presets.json");
        Files.writeString(file, """
                { "presets" : [ { "name" : "Bride", "whitening" : 35, "smoothing" : 60, "thinface" : 10,
                  "shrink_face" : 0, "enlarge_eye" : 15, "remove_eyebrow" : 0, "filter" : "Sunny Day" } ] }""");

        List<Preset> read = PresetStore.read(file);

        assertEquals(List.of(Preset.of("Bride", new BeautyParameters(35, 60, 10, 0, 15, 0,
                Optional.of(FilterType.SUNNY_DAY)))), read);
        PresetStore.write(file, read);
        assertTrue(Files.readString(file).contains("\"version\" : " + PresetStore.FILE_VERSION));
        assertEquals(read, PresetStore.read(file));
    }
}
