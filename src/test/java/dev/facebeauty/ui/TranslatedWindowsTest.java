package dev.facebeauty.ui;

import dev.facebeauty.api.ContractTestServer;
import dev.facebeauty.text.Language;
import dev.facebeauty.text.Text;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each language, window by window at 1024 × 768: the main window with a photo, Settings, Batch, History, Variants and
 * the no-face question. Fails on any text cut off with "…" and on any English sentence showing in place of its
 * translation.
 */
class TranslatedWindowsTest extends WindowTestBase {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void backToEnglish() {
        Text.useLocale(Locale.US);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "SYSTEM", mode = EnumSource.Mode.EXCLUDE)
    void everyWindowSpeaksTheLanguageWholeAndUncut(Language language, FxRobot robot) throws Exception {
        Locale locale = language.locale(Locale.US);
        boolean ideographic = locale.getLanguage().equals("ja") || locale.getLanguage().equals("zh");
        assumeTrue(!ideographic || hasIdeographicFont(), "no Japanese or Chinese font on this machine "
                + "(apt-get install fonts-noto-cjk or fonts-wqy-microhei): their widths cannot be measured");
        Text.useLocale(locale);
        server = new ContractTestServer().progress(1, 1);
        robot.interact(() -> {
            try {
                stage.setScene(sceneFor(ContractTestServer.VALID_KEY));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            stage.setWidth(1024);
            stage.setHeight(768);
            stage.show();
        });
        openAndAnalyse(robot, photo());
        Set<String> english = englishOnly(locale);
        List<String> problems = new ArrayList<>();
        inspect("main window", problems, english);

        robot.clickOn("#settings-button");
        waitUntil("Settings", () -> robot.lookup("#language-choice").tryQuery().isPresent());
        inspect("Settings", problems, english);
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class)
                .lookupButton(ButtonType.CANCEL)).fire());

        for (String tool : List.of("#batch-button", "#history-button", "#variants-button")) {
            robot.clickOn(tool);
            waitUntil(tool + "'s window", () -> Window.getWindows().size() > 1);
            inspect(tool, problems, english);
            robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage)
                    .forEach(w -> ((Stage) w).close()));
        }

        robot.push(javafx.scene.input.KeyCode.F1);
        waitUntil("the keyboard sheet", () -> robot.lookup("#shortcut-sheet").tryQuery().isPresent());
        inspect("the keyboard sheet", problems, english);
        closeDialog(robot, ButtonType.OK);
        javafx.scene.control.MenuItem about = robot.lookup("#main-menu").queryAs(javafx.scene.control.MenuBar.class).getMenus()
                .getLast().getItems().getLast();
        javafx.application.Platform.runLater(about::fire); // About waits for OK: not from inside interact()
        waitUntil("About", () -> robot.lookup("#about-licences").tryQuery().isPresent());
        inspect("About", problems, english);
        closeDialog(robot, ButtonType.OK);

        robot.clickOn("#beautify-button");
        waitUntil("the no-face question", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        inspect("the no-face question", problems, english);
        closeDialog(robot, ButtonType.CANCEL);

        assertEquals(List.of(), problems, language + ": cut-off or English text");
    }

    private static void closeDialog(FxRobot robot, ButtonType button) {
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class)
                .lookupButton(button)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Looks at every showing window: each visible label, button or column header, and the window's title. */
    private static void inspect(String where, List<String> problems, Set<String> english) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Window window : List.copyOf(Window.getWindows())) {
            if (!window.isShowing() || window.getScene() == null) {
                continue;
            }
            if (window instanceof Stage s && english.contains(s.getTitle())) {
                problems.add(where + ": English title \"" + s.getTitle() + "\"");
            }
            visit(window.getScene().getRoot(), where, problems, english);
        }
    }

    private static void visit(Node node, String where, List<String> problems, Set<String> english) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            String full = labeled.getText();
            String shown = labeled.getChildrenUnmodifiable().stream()
                    .filter(c -> c instanceof javafx.scene.text.Text).map(c -> ((javafx.scene.text.Text) c).getText())
                    .findFirst().orElse(full);
            if (!shown.equals(full)) {
                problems.add(where + ": \"" + full + "\" is cut to \"" + shown + "\"");
            }
            if (english.contains(full)) {
                problems.add(where + ": English \"" + full + "\"");
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> visit(child, where, problems, english));
        }
    }

    /** English entries with no arguments whose translation differs: any of them on screen is a missed translation. */
    private static Set<String> englishOnly(Locale locale) {
        ResourceBundle en = Text.bundle(Locale.ENGLISH), own = Text.bundle(locale);
        Set<String> only = new HashSet<>();
        for (String key : en.keySet()) {
            String value = en.getString(key);
            if (!value.contains("{") && !value.equals(own.getString(key)) && value.matches(".*[A-Za-z]{3,}.*")) {
                only.add(value.replace("''", "'"));
            }
        }
        return only;
    }

    private static boolean hasIdeographicFont() {
        return java.util.Arrays.stream(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
                .anyMatch(f -> f.canDisplayUpTo("日本語の写真") == -1);
    }
}
