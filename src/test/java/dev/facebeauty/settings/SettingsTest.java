package dev.facebeauty.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    @Test
    void roundTripsThroughItsFileWithoutTheKey(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("config/settings.json"));
        assertEquals(Settings.defaults(), store.load());
        Settings custom = new Settings(URI.create("https://api.example.test"), Duration.ofSeconds(8), Theme.DARK);
        store.save(custom);
        assertEquals(custom, store.load());
        assertFalse(Files.readString(dir.resolve("config/settings.json")).toLowerCase().contains("key"));
    }

    @Test
    void aDamagedSettingsFileGivesTheDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"apiBaseUrl\": \"ftp://nope\"}");
        assertEquals(Settings.defaults(), new SettingsStore(file).load());
        Files.writeString(file, "not json");
        assertEquals(Settings.defaults(), new SettingsStore(file).load());
    }

    @Test
    void theMetadataChoiceIsKeptAndOlderFilesMeanFull(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults().withMetadata(dev.facebeauty.model.MetadataPolicy.BASIC));
        assertEquals(dev.facebeauty.model.MetadataPolicy.BASIC, store.load().metadata());
        Files.writeString(dir.resolve("settings.json"), "{\"apiBaseUrl\": \"https://www.ailabapi.com\", \"theme\": \"DARK\"}");
        assertEquals(dev.facebeauty.model.MetadataPolicy.FULL, store.load().metadata());
    }

    @Test
    void theJpegQualityIsKeptWithinItsRangeAndOlderFilesMean95(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(Settings.defaults().withJpegQuality(80));
        assertEquals(80, store.load().jpegQuality());
        assertEquals(0.8f, store.load().jpegQualityFraction(), 1e-6);
        assertEquals(Settings.MIN_JPEG_QUALITY, Settings.defaults().withJpegQuality(5).jpegQuality());
        assertEquals(100, Settings.defaults().withJpegQuality(300).jpegQuality());
        Files.writeString(dir.resolve("settings.json"), "{\"apiBaseUrl\": \"https://www.ailabapi.com\"}");
        assertEquals(95, store.load().jpegQuality());
    }

    @Test
    void thePollIntervalIsNeverBelowOneSecond() {
        assertEquals(Duration.ofSeconds(1), Settings.defaults().withPollInterval(Duration.ofMillis(10)).pollInterval());
    }

    @Test
    void theApiAddressMustBeHttpsExceptOnThisComputer() {
        assertEquals(URI.create("https://www.ailabapi.com"), Settings.parseApiBase(" https://www.ailabapi.com "));
        assertEquals(URI.create("http://127.0.0.1:8080"), Settings.parseApiBase("http://127.0.0.1:8080"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Settings.parseApiBase("http://www.ailabapi.com"))
                .getMessage().contains("https"));
        assertThrows(IllegalArgumentException.class, () -> Settings.parseApiBase("www.ailabapi.com"));
        assertThrows(IllegalArgumentException.class, () -> Settings.parseApiBase("not a url at all"));
    }

    @Test
    void theEnvironmentKeyWinsOverTheSavedOne() {
        SessionSecretStore store = new SessionSecretStore();
        store.write("saved");
        assertEquals("saved", new ApiKeySource(store, Map.of()).apiKey().orElseThrow());
        ApiKeySource withEnv = new ApiKeySource(store, Map.of("AILABAPI_API_KEY", " from-env "));
        assertEquals("from-env", withEnv.apiKey().orElseThrow());
        assertTrue(withEnv.fromEnvironment());
        assertTrue(new ApiKeySource(new SessionSecretStore(), Map.of()).apiKey().isEmpty());
    }

    @Test
    void foldersFollowEachPlatformsConvention() {
        Path home = Path.of("/home/ana");
        AppPaths linux = AppPaths.forPlatform("Linux", home, Map.of());
        assertEquals(home.resolve(".local/share/face-beauty-studio"), linux.dataDir());
        assertEquals(home.resolve(".config/face-beauty-studio"), linux.configDir());
        assertEquals(Path.of("/xdg/face-beauty-studio"), AppPaths.forPlatform("Linux", home, Map.of("XDG_DATA_HOME", "/xdg")).dataDir());
        assertEquals(home.resolve("Library/Application Support/Face Beauty Studio"), AppPaths.forPlatform("Mac OS X", home, Map.of()).dataDir());
        assertTrue(AppPaths.forPlatform("Windows 11", home, Map.of("LOCALAPPDATA", "C:/Users/ana/AppData/Local"))
                .dataDir().toString().replace('\\', '/').endsWith("AppData/Local/Face Beauty Studio"));
    }

    @Test
    void homeIsTheEnvironmentsWhereUnixProgramsLookForIt() {
        assertEquals(Path.of("/tmp/other"), AppPaths.home("Linux", Map.of("HOME", "/tmp/other"), "/home/ana"));
        assertEquals(Path.of("/tmp/other"), AppPaths.home("Mac OS X", Map.of("HOME", "/tmp/other"), "/Users/ana"));
        assertEquals(Path.of("/home/ana"), AppPaths.home("Linux", Map.of(), "/home/ana"), "no HOME: the account's home");
        assertEquals(Path.of("C:/Users/ana"), AppPaths.home("Windows 11", Map.of("HOME", "/cygwin"), "C:/Users/ana"));
    }

    /** A settings file as the app wrote it before this version: no version field, no output size. */
    @Test
    void aSettingsFileFromTheEarlierVersionIsReadAndWrittenBackWithItsVersion(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, """
                { "apiBaseUrl" : "https://api.example.test", "pollIntervalSeconds" : 7.0, "theme" : "DARK",
                  "metadata" : "BASIC", "jpegQuality" : 90 }""");
        SettingsStore store = new SettingsStore(file);

        Settings old = store.load();

        assertEquals(java.net.URI.create("https://api.example.test"), old.apiBaseUrl());
        assertEquals(java.time.Duration.ofSeconds(7), old.pollInterval());
        assertEquals(Theme.DARK, old.theme());
        assertEquals(dev.facebeauty.model.MetadataPolicy.BASIC, old.metadata());
        assertEquals(90, old.jpegQuality());
        assertEquals(dev.facebeauty.model.OutputSize.FULL, old.outputSize(), "the new choice takes its default");
        store.save(old.withOutputSize(dev.facebeauty.model.OutputSize.SERVICE));
        String written = Files.readString(file);
        assertTrue(written.contains("\"version\" : " + SettingsStore.FILE_VERSION), written);
        assertEquals(old.withOutputSize(dev.facebeauty.model.OutputSize.SERVICE), store.load());
    }

    /** A version 2 file (with the output size, before the language) speaks the system's language, and keeps a choice. */
    @Test
    void aVersionTwoFileSpeaksTheSystemsLanguageAndAChosenOneIsKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, """
                { "version" : 2, "apiBaseUrl" : "https://api.example.test", "pollIntervalSeconds" : 5.0,
                  "theme" : "LIGHT", "metadata" : "FULL", "jpegQuality" : 95, "outputSize" : "SERVICE" }""");
        SettingsStore store = new SettingsStore(file);

        Settings two = store.load();
        assertEquals(dev.facebeauty.text.Language.SYSTEM, two.language());
        assertEquals(dev.facebeauty.model.OutputSize.SERVICE, two.outputSize());

        store.save(two.withLanguage(dev.facebeauty.text.Language.JAPANESE));
        assertTrue(Files.readString(file).contains("\"language\" : \"JAPANESE\""));
        assertEquals(dev.facebeauty.text.Language.JAPANESE, store.load().language());
    }
}
