package dev.facebeauty.settings;

import java.util.Map;
import java.util.Optional;

/**
 * Decides which API key is used: the environment variable {@value #ENV_KEY} when set (scripts, CI), otherwise
 * the key saved in Settings.
 */
public final class ApiKeySource {

    public static final String ENV_KEY = "AILABAPI_API_KEY";
    public static final String ENV_BASE_URL = "AILABAPI_BASE_URL";

    private final SecretStore store;
    private final Map<String, String> env;

    public ApiKeySource(SecretStore store, Map<String, String> env) {
        this.store = store;
        this.env = env;
    }

    public Optional<String> apiKey() {
        String fromEnv = env.get(ENV_KEY);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv.strip());
        }
        return store.read().filter(k -> !k.isBlank());
    }

    public boolean fromEnvironment() {
        String fromEnv = env.get(ENV_KEY);
        return fromEnv != null && !fromEnv.isBlank();
    }

    public SecretStore store() {
        return store;
    }

    /** The base URL from {@value #ENV_BASE_URL}, when set, which wins over Settings (the command line wins over both). */
    public Optional<String> baseUrlOverride() {
        return Optional.ofNullable(env.get(ENV_BASE_URL)).filter(s -> !s.isBlank());
    }
}
