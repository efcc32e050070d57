package dev.facebeauty.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facebeauty.io.AtomicFiles;
import dev.facebeauty.io.Json;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.model.OutputSize;
import dev.facebeauty.text.Language;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Settings as a small JSON file; an unreadable or missing file gives the defaults rather than an error. */
public final class SettingsStore {

    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());
    private static final ObjectMapper JSON = Json.MAPPER;

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /**
     * The file's layout: 2 added the version and the output size, 3 the language. Older files read the same way,
     * missing fields taking their defaults (the system's language), and are written back as version 3.
     */
    static final int FILE_VERSION = 3;

    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            Settings d = Settings.defaults();
            URI base = root.hasNonNull("apiBaseUrl") ? Settings.parseApiBase(root.get("apiBaseUrl").asText()) : d.apiBaseUrl();
            Duration poll = root.hasNonNull("pollIntervalSeconds")
                    ? Duration.ofMillis(Math.round(root.get("pollIntervalSeconds").asDouble() * 1000)) : d.pollInterval();
            Theme theme = root.hasNonNull("theme") ? Theme.valueOf(root.get("theme").asText()) : d.theme();
            MetadataPolicy metadata = root.hasNonNull("metadata") ? MetadataPolicy.valueOf(root.get("metadata").asText()) : d.metadata();
            int quality = root.hasNonNull("jpegQuality") ? root.get("jpegQuality").asInt() : d.jpegQuality();
            OutputSize size = root.hasNonNull("outputSize") ? OutputSize.valueOf(root.get("outputSize").asText()) : d.outputSize();
            Language language = root.hasNonNull("language") ? Language.valueOf(root.get("language").asText()) : d.language();
            return new Settings(base, poll, theme, metadata, quality, size, language);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring unreadable settings file {0}: {1}", file, e.getMessage());
            return Settings.defaults();
        }
    }

    public void save(Settings settings) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", FILE_VERSION);
        root.put("apiBaseUrl", settings.apiBaseUrl().toString());
        root.put("pollIntervalSeconds", settings.pollInterval().toMillis() / 1000.0);
        root.put("theme", settings.theme().name());
        root.put("metadata", settings.metadata().name());
        root.put("jpegQuality", settings.jpegQuality());
        root.put("outputSize", settings.outputSize().name());
        root.put("language", settings.language().name());
        AtomicFiles.writePrivate(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }
}
