package dev.facebeauty.ui;

import dev.facebeauty.api.ContractTestServer;
import dev.facebeauty.app.AppServices;
import dev.facebeauty.settings.Settings;
import dev.facebeauty.testing.TestImages;
import dev.facebeauty.testing.TestServices;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window on JavaFX's headless platform against a contract server, with what its tests share. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestBase {

    @TempDir
    Path dir;
    ContractTestServer server;
    MainViewModel vm;
    final ExecutorService workers = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().factory());

    /** Called by each subclass's {@code @Start} method (TestFX only finds those declared in the test class itself). */
    void showWindow(Stage stage) throws Exception {
        server = new ContractTestServer().progress(1, 1);
        stage.setScene(sceneFor(ContractTestServer.VALID_KEY));
        stage.sizeToScene(); // the primary stage is shared by the test classes: another may have resized it
        stage.show();
    }

    Scene sceneFor(String key) throws Exception {
        AppServices services = TestServices.create(dir.resolve("home"), server.baseUrl(), key);
        services.settingsStore().save(Settings.defaults().withApiBaseUrl(server.baseUrl()).withPollInterval(Duration.ofSeconds(1)));
        vm = new MainViewModel(services, workers);
        return FaceBeautyApp.createScene(vm, services);
    }

    @AfterEach
    void stop() {
        workers.shutdownNow();
        if (server != null) { // null when the test was skipped before it started one
            server.close();
        }
    }

    static void waitUntil(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for: " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    Path photo() throws Exception {
        Path file = dir.resolve("portrait.jpg");
        Files.write(file, TestImages.jpeg(TestImages.portrait(300, 360)));
        return file;
    }

    /** Opens a photo and waits until it shows and its faces have been looked for. */
    void openAndAnalyse(FxRobot robot, Path photo) throws Exception {
        robot.interact(() -> vm.open(photo));
        waitUntil("the photo to show and be analysed", () -> vm.photo().imageProperty().get() != null && vm.photo().facesProperty().get() != null);
    }

    /** The synthetic test portraits hold no real face, so the cloud pre-flight asks first: answer "Upload anyway". */
    static void confirmUploadWithoutFace(FxRobot robot) throws Exception {
        waitUntil("the no-face question", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("No face found — upload anyway?", question.getHeaderText());
        assertTrue(((javafx.scene.control.Button) question.lookupButton(javafx.scene.control.ButtonType.CANCEL)).isDefaultButton(),
                "Enter cancels: the upload would spend credits on a photo the service usually refuses");
        robot.clickOn("Upload anyway");
    }

    static String status(FxRobot robot) {
        return robot.lookup("#status-text").queryAs(Label.class).getText();
    }

    static double meanDifference(java.awt.image.BufferedImage a, java.awt.image.BufferedImage b) {
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y);
                sum += Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p & 255) - (q & 255));
            }
        }
        return sum / (2.0 * a.getWidth() * a.getHeight());
    }

    static boolean differs(javafx.scene.image.Image a, javafx.scene.image.Image b) {
        long different = 0;
        for (int y = 0; y < (int) a.getHeight(); y += 2) {
            for (int x = 0; x < (int) a.getWidth(); x += 2) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    different++;
                }
            }
        }
        return different > 100;
    }
}
