package dev.facebeauty.ui;

import dev.facebeauty.api.ContractTestServer;
import dev.facebeauty.app.AppServices;
import dev.facebeauty.jobs.CloudEngines;
import dev.facebeauty.settings.ApiKeySource;
import dev.facebeauty.settings.AppPaths;
import dev.facebeauty.settings.SessionSecretStore;
import dev.facebeauty.settings.Settings;
import dev.facebeauty.settings.Theme;
import dev.facebeauty.testing.TestServices;
import dev.facebeauty.ui.common.UserMessages;
import dev.facebeauty.ui.settings.SettingsViewModel;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class SettingsViewModelTest {

    @TempDir
    Path home;
    private ContractTestServer server;
    private SessionSecretStore secrets;
    private AppServices services;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @BeforeEach
    void setUp() throws Exception {
        server = new ContractTestServer().creditBalance(1234);
        secrets = new SessionSecretStore();
        services = AppServices.create(AppPaths.under(home), secrets, Map.of(), java.time.Clock.systemUTC(),
                new CloudEngines(TestServices.QUICK));
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private SettingsViewModel vm() {
        return new SettingsViewModel(services.settingsStore(), services.keys(), services.settingsStore().load(),
                services.cloud(), Executors.newSingleThreadExecutor());
    }

    @Test
    void savesTheSettingsFileAndTheKeyInItsStore() throws Exception {
        SettingsViewModel vm = vm();
        vm.apiKeyProperty().set("  my-key  ");
        vm.apiBaseProperty().set("https://api.example.test");
        vm.pollSecondsProperty().set(9);
        vm.themeProperty().set(Theme.DARK);
        Settings saved = vm.apply();

        assertEquals(new Settings(URI.create("https://api.example.test"), Duration.ofSeconds(9), Theme.DARK), saved);
        assertEquals(saved, services.settingsStore().load());
        assertEquals("my-key", secrets.read().orElseThrow());
        assertEquals("my-key", vm().apiKeyProperty().get(), "the dialog shows the saved key (masked)");

        SettingsViewModel clearing = vm();
        clearing.apiKeyProperty().set("");
        clearing.apply();
        assertTrue(secrets.read().isEmpty(), "clearing the field removes the key");
    }

    @Test
    void refusesAnInsecureAddressAndSavesNothing() {
        SettingsViewModel vm = vm();
        vm.apiKeyProperty().set("key");
        vm.apiBaseProperty().set("http://api.example.test");
        UserMessages.UserFacingException e = assertThrows(UserMessages.UserFacingException.class, vm::apply);
        assertTrue(e.getMessage().contains("https"));
        assertTrue(secrets.read().isEmpty());
        assertEquals(Settings.defaults(), services.settingsStore().load());
    }

    @Test
    void checkingTheKeyShowsTheBalanceOrWhyItFailed(FxRobot robot) throws Exception {
        SettingsViewModel vm = vm();
        vm.apiBaseProperty().set(server.baseUrl().toString());
        vm.apiKeyProperty().set(ContractTestServer.VALID_KEY);
        robot.interact(vm::checkKey);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.checkingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The key works: " + java.text.NumberFormat.getIntegerInstance().format(1234) + " credits left (15 per photo).",
                vm.checkResultProperty().get());

        vm.apiKeyProperty().set("wrong");
        robot.interact(vm::checkKey);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.checkingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("The API key is not valid — open Settings and check it.", vm.checkResultProperty().get());
    }

    @Test
    void checkingTheKeyInUseUpdatesTheBalanceElsewhereAndATypedOneDoesNot(FxRobot robot) throws Exception {
        secrets.write(ContractTestServer.VALID_KEY);
        SettingsViewModel vm = vm();
        java.util.List<java.util.List<dev.facebeauty.api.CreditBalance>> heard = new java.util.ArrayList<>();
        vm.onBalanceOfKeyInUse(heard::add);
        vm.apiBaseProperty().set(server.baseUrl().toString());
        robot.interact(vm::checkKey);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.checkingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, heard.size(), "the key in use: the status bar hears its balance");
        assertEquals(java.text.NumberFormat.getIntegerInstance().format(1234) + " credits",
                dev.facebeauty.ui.common.CreditsText.of(heard.getFirst()));

        vm.apiKeyProperty().set("typed-but-not-saved");
        robot.interact(vm::checkKey);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.checkingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, heard.size(), "a key only typed in the dialog is not the one in use");
    }

    @Test
    void theEnvironmentOverridesAreExplained() {
        AppServices withEnv = AppServices.create(AppPaths.under(home), new SessionSecretStore(),
                Map.of(ApiKeySource.ENV_KEY, "k", ApiKeySource.ENV_BASE_URL, "http://127.0.0.1:9"), java.time.Clock.systemUTC());
        SettingsViewModel vm = new SettingsViewModel(withEnv.settingsStore(), withEnv.keys(), Settings.defaults(),
                withEnv.cloud(), Runnable::run);
        assertTrue(vm.keyNote().startsWith("AILABAPI_API_KEY is set"), vm.keyNote());
        assertTrue(vm.addressNote().contains("http://127.0.0.1:9"), vm.addressNote());
    }
}
