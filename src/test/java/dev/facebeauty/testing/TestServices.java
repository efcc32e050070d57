package dev.facebeauty.testing;

import dev.facebeauty.api.RetryPolicy;
import dev.facebeauty.app.AppServices;
import dev.facebeauty.jobs.CloudEngines;
import dev.facebeauty.settings.AppPaths;
import dev.facebeauty.settings.SessionSecretStore;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** App services in a temporary home, talking to a loopback server, with quick retries. */
public final class TestServices {

    public static final RetryPolicy QUICK = new RetryPolicy(2, Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofSeconds(5));

    private TestServices() {
    }

    /** {@code key} null means no key anywhere. */
    public static AppServices create(Path home, URI apiBase, String key) {
        Map<String, String> env = new HashMap<>();
        env.put("AILABAPI_BASE_URL", apiBase.toString());
        SessionSecretStore secrets = new SessionSecretStore();
        if (key != null) {
            secrets.write(key);
        }
        return AppServices.create(AppPaths.under(home), secrets, env, Clock.systemUTC(), new CloudEngines(QUICK));
    }
}
