package dev.facebeauty.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facebeauty.io.AtomicFiles;
import dev.facebeauty.io.Json;
import dev.facebeauty.model.Adjustment;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.model.FilterType;
import dev.facebeauty.text.Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user's presets in a small JSON file, and the same format for import and export:
 * {@code {"presets": [{"name": "…", "whitening": 50, …, "filter": "Sunny Day"}]}} (field names as the API's; the
 * filter by name, or absent for none). An unreadable file gives no user presets rather than an error.
 */
public final class PresetStore {

    private static final System.Logger LOG = System.getLogger(PresetStore.class.getName());
    private static final ObjectMapper JSON = Json.MAPPER;

    private final Path file;

    public PresetStore(Path file) {
        this.file = file;
    }

    /**
     * The file's layout: version 1 (no "version" field, as written before) and 2 are the same list of presets by API
     * field name; a file from a newer version is still read for the fields this one knows.
     */
    static final int FILE_VERSION = 2;

    /** The built-in presets, then the user's. */
    public List<Preset> load() {
        List<Preset> all = new ArrayList<>(Preset.starters());
        if (Files.isRegularFile(file)) {
            try {
                all.addAll(read(file));
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Ignoring unreadable presets file {0}: {1}", file, e.getMessage());
            }
        }
        return all;
    }

    /** Saves the user's presets (built-in ones are left out: they live in the code). */
    public void save(List<Preset> presets) throws IOException {
        byte[] json = json(presets.stream().filter(p -> !p.builtIn()).toList());
        AtomicFiles.writePrivate(file, json);
    }

    /** Reads presets from a file made by {@link #write}; throws with a sentence when it is not one. */
    public static List<Preset> read(Path from) throws IOException {
        JsonNode root = JSON.readTree(from.toFile());
        JsonNode list = root == null ? null : root.path("presets");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(Text.get("preset.notAPresetsFile", from.getFileName()));
        }
        List<Preset> presets = new ArrayList<>();
        for (JsonNode p : list) {
            Optional<FilterType> filter = p.hasNonNull("filter")
                    ? Optional.of(FilterType.parse(p.get("filter").asText()).orElseThrow(() ->
                    new IllegalArgumentException("Unknown filter \"" + p.get("filter").asText() + "\" in " + from.getFileName())))
                    : Optional.empty();
            java.util.Map<Adjustment, Integer> values = new java.util.EnumMap<>(Adjustment.class);
            for (Adjustment a : Adjustment.values()) {
                values.put(a, value(p, a.apiField()));
            }
            presets.add(Preset.of(p.path("name").asText(), new BeautyParameters(values, filter)));
        }
        return presets;
    }

    /** Exports presets to a file the user chose, to share: written with the user's own permissions. */
    public static void write(Path to, List<Preset> presets) throws IOException {
        AtomicFiles.write(to, json(presets));
    }

    private static byte[] json(List<Preset> presets) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", FILE_VERSION);
        ArrayNode list = root.putArray("presets");
        for (Preset preset : presets) {
            ObjectNode p = list.addObject();
            p.put("name", preset.name());
            BeautyParameters b = preset.parameters();
            b.values().forEach((a, v) -> p.put(a.apiField(), v));
            b.filter().ifPresent(f -> p.put("filter", f.displayName()));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    private static int value(JsonNode preset, String field) {
        return preset.has(field) ? preset.get(field).asInt(-1) : BeautyParameters.DEFAULT;
    }
}
