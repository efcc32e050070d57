package dev.facebeauty.ui.settings;

import dev.facebeauty.api.ApiException;
import dev.facebeauty.api.CreditBalance;
import dev.facebeauty.jobs.CloudEngines;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.model.OutputSize;
import dev.facebeauty.settings.ApiKeySource;
import dev.facebeauty.settings.SecretStore;
import dev.facebeauty.settings.Settings;
import dev.facebeauty.settings.SettingsStore;
import dev.facebeauty.settings.Theme;
import dev.facebeauty.text.Language;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.CreditsText;
import dev.facebeauty.ui.common.UserMessages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/** The Settings dialog's state and its one action, {@link #apply()}. */
public final class SettingsViewModel {

    private final SettingsStore store;
    private final ApiKeySource keys;
    private final String storedKey;
    private final CloudEngines cloud;
    private final Executor executor;

    private final StringProperty apiKey = new SimpleStringProperty("");
    private final StringProperty apiBase = new SimpleStringProperty("");
    private final IntegerProperty pollSeconds = new SimpleIntegerProperty(5);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<MetadataPolicy> metadata = new SimpleObjectProperty<>(MetadataPolicy.FULL);
    private final IntegerProperty jpegQuality = new SimpleIntegerProperty(Settings.DEFAULT_JPEG_QUALITY);
    private final ObjectProperty<OutputSize> outputSize = new SimpleObjectProperty<>(OutputSize.FULL);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.SYSTEM);
    private final StringProperty checkResult = new SimpleStringProperty("");
    private final BooleanProperty checking = new SimpleBooleanProperty(false);
    private java.util.function.Consumer<List<CreditBalance>> balanceOfKeyInUse = balance -> { };

    public SettingsViewModel(SettingsStore store, ApiKeySource keys, Settings current, CloudEngines cloud,
                             Executor executor) {
        this.store = store;
        this.keys = keys;
        this.cloud = cloud;
        this.executor = executor;
        this.storedKey = keys.store().read().orElse("");
        apiKey.set(storedKey);
        apiBase.set(current.apiBaseUrl().toString());
        pollSeconds.set((int) Math.max(1, current.pollInterval().toSeconds()));
        theme.set(current.theme());
        metadata.set(current.metadata());
        jpegQuality.set(current.jpegQuality());
        outputSize.set(current.outputSize());
        language.set(current.language());
    }

    /** Hears the balance when Check key checked the key the window uses (not one only typed in the dialog). */
    public void onBalanceOfKeyInUse(java.util.function.Consumer<List<CreditBalance>> listener) {
        this.balanceOfKeyInUse = listener;
    }

    /** The language, used from the next start on (the window is not rebuilt while it is open). */
    ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** JPEG quality (50–100) for files the app encodes itself. */
    IntegerProperty jpegQualityProperty() {
        return jpegQuality;
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public StringProperty apiBaseProperty() {
        return apiBase;
    }

    public IntegerProperty pollSecondsProperty() {
        return pollSeconds;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The size, depth and profile cloud results of photos made smaller to upload are kept at. */
    ObjectProperty<OutputSize> outputSizeProperty() {
        return outputSize;
    }

    /** How much of the original's metadata saved results carry. */
    ObjectProperty<MetadataPolicy> metadataProperty() {
        return metadata;
    }

    /** Where the key will be kept, and whether the environment overrides it, in words. */
    public String keyNote() {
        String where = Text.get("settings.keptIn", keys.store().description());
        return keys.fromEnvironment() ? Text.get("settings.keyFromEnvironment", where) : where;
    }

    /** The outcome of {@link #checkKey()}: the balance, or why the key did not work. */
    public StringProperty checkResultProperty() {
        return checkResult;
    }

    public BooleanProperty checkingProperty() {
        return checking;
    }

    /**
     * Asks the API for the credit balance with the key and address as typed (or as the environment overrides
     * them), so a wrong key shows up here rather than at the first Beautify.
     */
    public void checkKey() {
        URI base;
        try {
            base = Settings.parseApiBase(keys.baseUrlOverride().orElse(apiBase.get()));
        } catch (IllegalArgumentException e) {
            checkResult.set(e.getMessage());
            return;
        }
        String typed = Optional.ofNullable(apiKey.get()).orElse("").strip();
        Optional<String> key = keys.fromEnvironment() || typed.isEmpty() ? keys.apiKey() : Optional.of(typed);
        if (key.isEmpty()) {
            checkResult.set(Text.get("settings.keyFirst"));
            return;
        }
        checking.set(true);
        checkResult.set(Text.get("settings.checking"));
        Task<List<CreditBalance>> task = new Task<>() {
            @Override
            protected List<CreditBalance> call() throws ApiException, InterruptedException {
                return cloud.client(base, key.get()).credits();
            }
        };
        boolean keyInUse = key.equals(keys.apiKey());
        task.setOnSucceeded(e -> {
            checking.set(false);
            checkResult.set(Text.get("settings.keyWorks", CreditsText.of(task.getValue()), CreditBalance.CREDITS_PER_JOB));
            if (keyInUse) {
                balanceOfKeyInUse.accept(task.getValue()); // the status bar follows at once
            }
        });
        task.setOnFailed(e -> {
            checking.set(false);
            checkResult.set(UserMessages.describe(task.getException()));
        });
        executor.execute(task);
    }

    /** Set when AILABAPI_BASE_URL overrides the address typed here. */
    public String addressNote() {
        return keys.baseUrlOverride().map(url -> Text.get("settings.addressFromEnvironment", url)).orElse("");
    }

    /**
     * Validates and saves. Returns the new settings, or throws with a sentence for the dialog when something is
     * wrong (nothing is saved then).
     */
    public Settings apply() throws UserMessages.UserFacingException {
        Settings next;
        try {
            next = new Settings(Settings.parseApiBase(apiBase.get()), Duration.ofSeconds(Math.max(1, pollSeconds.get())),
                    theme.get(), metadata.get(), jpegQuality.get(), outputSize.get(), language.get());
        } catch (IllegalArgumentException e) {
            throw new UserMessages.UserFacingException(e.getMessage());
        }
        String key = Optional.ofNullable(apiKey.get()).orElse("").strip();
        try {
            if (!key.equals(storedKey)) {
                if (key.isEmpty()) {
                    keys.store().clear();
                } else {
                    keys.store().write(key);
                }
            }
            store.save(next);
        } catch (SecretStore.SecretStoreException e) {
            throw new UserMessages.UserFacingException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UserMessages.UserFacingException(Text.get("settings.saveFailed", e.getMessage()), e);
        }
        return next;
    }
}
