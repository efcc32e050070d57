package dev.facebeauty.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its settings and data, following each OS's convention. The system property
 * {@code facebeauty.home} puts everything under one folder instead (tests, portable installs).
 */
public record AppPaths(Path configDir, Path dataDir) {

    static final String APP_FOLDER = "Face Beauty Studio";
    static final String UNIX_FOLDER = "face-beauty-studio";

    public static AppPaths forCurrentUser() {
        String override = System.getProperty("facebeauty.home");
        if (override != null && !override.isBlank()) {
            return under(Path.of(override));
        }
        String os = System.getProperty("os.name", "");
        return forPlatform(os, home(os, System.getenv(), System.getProperty("user.home")), System.getenv());
    }

    /**
     * The user's home: on Unix-like systems $HOME when set, as every Unix program does (the JDK's user.home comes
     * from the password database and ignores it), so HOME=… runs the app on another profile as the user expects.
     */
    static Path home(String osName, Map<String, String> env, String userHome) {
        String fromEnv = env.get("HOME");
        boolean windows = osName.toLowerCase(Locale.ROOT).contains("win");
        return !windows && fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : Path.of(userHome);
    }

    public static AppPaths under(Path root) {
        return new AppPaths(root.resolve("config"), root.resolve("data"));
    }

    static AppPaths forPlatform(String osName, Path home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path appData = pathOr(env.get("APPDATA"), home.resolve("AppData/Roaming"));
            Path localAppData = pathOr(env.get("LOCALAPPDATA"), home.resolve("AppData/Local"));
            return new AppPaths(appData.resolve(APP_FOLDER), localAppData.resolve(APP_FOLDER));
        }
        if (os.contains("mac")) {
            Path support = home.resolve("Library/Application Support").resolve(APP_FOLDER);
            return new AppPaths(support, support);
        }
        Path config = pathOr(env.get("XDG_CONFIG_HOME"), home.resolve(".config"));
        Path data = pathOr(env.get("XDG_DATA_HOME"), home.resolve(".local/share"));
        return new AppPaths(config.resolve(UNIX_FOLDER), data.resolve(UNIX_FOLDER));
    }

    /** The user's own presets (the built-in ones are in the code). */
    public Path presetsFile() {
        return configDir.resolve("presets.json");
    }

    /** Window layout, recent files and last folders: remembered, never important. */
    public Path workspaceFile() {
        return configDir.resolve("workspace.json");
    }

    public Path settingsFile() {
        return configDir.resolve("settings.json");
    }

    public Path journalFile() {
        return dataDir.resolve("journal.json");
    }

    public Path resultsDir() {
        return dataDir.resolve("results");
    }

    /** Results of paid jobs, by photo and settings, so none is bought twice. */
    public Path cacheDir() {
        return dataDir.resolve("cache");
    }

    public Path logFile() {
        return dataDir.resolve("face-beauty-studio.log");
    }

    private static Path pathOr(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
