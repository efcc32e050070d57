package dev.facebeauty.app;

import dev.facebeauty.api.ApiException;
import dev.facebeauty.api.CreditBalance;
import dev.facebeauty.engine.BeautyEngine;
import dev.facebeauty.engine.CloudEngine;
import dev.facebeauty.engine.EngineKind;
import dev.facebeauty.settings.Settings;
import dev.facebeauty.text.Text;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Which engine does a job and where the service is, one behaviour for the window and the command line: the API
 * address is the one given on the command line, else {@code AILABAPI_BASE_URL}, else Settings — and a bad one is an
 * error with a sentence, never silently replaced; the cloud needs a key. The credit balance is asked here too, so
 * the window never talks HTTP itself.
 */
public final class EngineChoice {

    /** Why an engine cannot be had, in a sentence for the user. */
    public static final class UnavailableException extends Exception {
        public UnavailableException(String message) {
            super(message);
        }
    }

    private final AppServices services;

    public EngineChoice(AppServices services) {
        this.services = services;
    }

    public BeautyEngine engine(EngineKind kind, Settings settings) throws UnavailableException {
        return kind == EngineKind.LOCAL ? services.local() : cloud(Optional.empty(), settings);
    }

    /** The cloud engine at {@code explicitAddress} (the command line's {@code --api-base}) or the usual address. */
    public CloudEngine cloud(Optional<String> explicitAddress, Settings settings) throws UnavailableException {
        String key = services.keys().apiKey().orElseThrow(() -> new UnavailableException(
                Text.get("engine.needsKey")));
        return services.cloud().engine(apiBase(explicitAddress, settings), key, settings.pollInterval());
    }

    /** The address used: the explicit one, else the environment's, else Settings'; a bad one is refused with why. */
    public URI apiBase(Optional<String> explicitAddress, Settings settings) throws UnavailableException {
        Optional<String> given = explicitAddress.or(() -> services.keys().baseUrlOverride());
        if (given.isEmpty()) {
            return settings.apiBaseUrl();
        }
        try {
            return Settings.parseApiBase(given.get());
        } catch (IllegalArgumentException e) {
            throw new UnavailableException(explicitAddress.isPresent() ? e.getMessage()
                    : Text.get("engine.addressFromEnvironment", e.getMessage()));
        }
    }

    /** The balance, or empty without a key. */
    public Optional<List<CreditBalance>> credits(Settings settings)
            throws UnavailableException, ApiException, InterruptedException {
        Optional<String> key = services.keys().apiKey();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(services.cloud().client(apiBase(Optional.empty(), settings), key.get()).credits());
    }
}
