package dev.facebeauty.app;

import dev.facebeauty.engine.LocalEngine;
import dev.facebeauty.face.FaceAnalyzer;
import dev.facebeauty.imaging.ApiImageLimits;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.imaging.UploadPreparer;
import dev.facebeauty.jobs.BeautifyService;
import dev.facebeauty.jobs.CloudEngines;
import dev.facebeauty.jobs.ResultCache;
import dev.facebeauty.jobs.ResultStore;
import dev.facebeauty.jobs.TaskJournal;
import dev.facebeauty.settings.ApiKeySource;
import dev.facebeauty.settings.AppPaths;
import dev.facebeauty.settings.KeyringSecretStore;
import dev.facebeauty.settings.SecretStore;
import dev.facebeauty.settings.SessionSecretStore;
import dev.facebeauty.settings.SettingsStore;

import java.time.Clock;
import java.util.Map;

/** The composition root: every long-lived service, wired once, shared by the window and the command line. */
public record AppServices(AppPaths paths, SettingsStore settingsStore, ApiKeySource keys, BeautifyService beautify,
                          CloudEngines cloud, LocalEngine local, FaceAnalyzer faces, Clock clock) implements AutoCloseable {

    public static AppServices create(AppPaths paths, SecretStore secrets, Map<String, String> env, Clock clock) {
        return create(paths, secrets, env, clock, new CloudEngines());
    }

    public static AppServices create(AppPaths paths, SecretStore secrets, Map<String, String> env, Clock clock,
                                     CloudEngines cloud) {
        TaskJournal journal = TaskJournal.open(paths.journalFile(), clock.instant());
        BeautifyService beautify = new BeautifyService(new ImageDecoder(),
                new UploadPreparer(ApiImageLimits.FACE_BEAUTY_PRO), journal, new ResultStore(paths.resultsDir()),
                new ResultCache(paths.cacheDir(), ResultCache.DEFAULT_MAX_BYTES), clock);
        FaceAnalyzer faces = new FaceAnalyzer();
        return new AppServices(paths, new SettingsStore(paths.settingsFile()), new ApiKeySource(secrets, env), beautify,
                cloud, new LocalEngine(new ImageDecoder(), faces), faces, clock);
    }

    /** For the real app: the user's folders, the OS keychain when there is one, the real environment. */
    public static AppServices forCurrentUser() {
        SecretStore secrets = System.getProperty("facebeauty.home") != null
                ? new SessionSecretStore() // an isolated home (tests, portable use) never touches the real keychain
                : KeyringSecretStore.probe().orElseGet(SessionSecretStore::new);
        return create(AppPaths.forCurrentUser(), secrets, System.getenv(), Clock.systemUTC());
    }

    /** For a process about to exit: the network clients' threads stop (see {@link CloudEngines#close()}). */
    @Override
    public void close() {
        cloud.close();
    }
}
