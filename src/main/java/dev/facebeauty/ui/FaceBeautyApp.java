package dev.facebeauty.ui;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.app.Logging;
import dev.facebeauty.settings.AppPaths;
import dev.facebeauty.settings.Theme;
import dev.facebeauty.settings.WorkspaceState;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.common.Branding;
import dev.facebeauty.ui.settings.SettingsDialog;
import dev.facebeauty.ui.settings.SettingsViewModel;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.awt.Desktop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** The JavaFX application: builds the services, the main window, and opens any photo given on the command line. */
public final class FaceBeautyApp extends Application {

    static final double WIDTH = 1360;
    static final double HEIGHT = 860;

    private static volatile boolean startupProbe;

    private ExecutorService workers;

    /**
     * The services, built on a second thread while JavaFX starts its toolkit: opening the journal and the stores and
     * probing the system keychain (about 0.17 s when it loads its native library, more when the keychain answers over
     * D-Bus) need no window, so the first frame no longer waits for them.
     */
    private static volatile CompletableFuture<AppServices> services;

    /** @param languageGiven whether {@code --lang} chose the language; otherwise Settings' choice is read here */
    public static void launchWith(String[] args, boolean languageGiven) {
        services = CompletableFuture.supplyAsync(() -> startServices(languageGiven),
                runnable -> Thread.ofPlatform().daemon().name("services-start").start(runnable));
        Application.launch(FaceBeautyApp.class, args);
    }

    private static AppServices startServices(boolean languageGiven) {
        Logging.configure(AppPaths.forCurrentUser().logFile()); // first, so the keychain probe's lines go to the file
        AppServices started = AppServices.forCurrentUser();
        if (!languageGiven) {
            Text.use(started.settingsStore().load().language()); // before any of the window's text is made
        }
        return started;
    }

    /**
     * Starts the window, prints {@code first-frame-at-ms=N} (the wall clock, in milliseconds since 1970) once it is laid
     * out, and quits. The caller subtracts the time it started the process: the JVM's own process start time is read
     * on Linux from the boot time in whole seconds, and was up to a second off.
     */
    public static void launchForStartupProbe(String[] args, boolean languageGiven) {
        startupProbe = true;
        launchWith(args, languageGiven);
    }

    @Override
    public void start(Stage stage) {
        AppServices services = FaceBeautyApp.services != null ? FaceBeautyApp.services.join() : startServices(false);
        workers = Executors.newCachedThreadPool(Thread.ofPlatform().daemon().name("worker-", 0).factory());
        MainViewModel vm = new MainViewModel(services, workers);
        Scene scene = createScene(vm, services);
        stage.titleProperty().bind(vm.windowTitle());
        stage.getIcons().addAll(Branding.appIcons());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!((MainView) scene.getRoot()).mayClose()) {
                e.consume();
            }
        });
        stage.setMinWidth(980);
        stage.setMinHeight(640);
        restoreBounds(stage, vm.workspace());
        stage.show();
        rememberBounds(stage, vm.workspace());
        if (startupProbe) {
            exitAfterFirstFrame(scene);
        }

        // Once the window is up, the built-in engine gets ready on a spare thread, so the first photo's faces and
        // preview come at full speed.
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                services.local().prepareInBackground();
            }
        });
        openFromArguments(vm, getParameters().getRaw());
        acceptOpenFileEvents(vm::open);
        vm.refreshCredits();
        vm.recovery().recoverEarlierResults();
    }

    /** The launcher option that opens a photo to be saved back over it: {@code --edit-in-place PHOTO}. */
    public static final String EDIT_IN_PLACE = "--edit-in-place";

    /**
     * The launcher's arguments: {@code --edit-in-place PHOTO} (how Lightroom Classic and Capture One hand a photo to an
     * external editor) opens it to be saved back over; otherwise the first image path given is opened.
     */
    static void openFromArguments(MainViewModel vm, List<String> args) {
        boolean editLauncher = isEditInPlaceLauncher(System.getProperty("jpackage.app-path", ""));
        int at = !args.isEmpty() && args.getFirst().equals(EDIT_IN_PLACE) ? 1 : editLauncher ? 0 : -1;
        if (at >= 0 && args.size() > at) {
            Path photo = Path.of(args.get(at));
            if (Files.isRegularFile(photo)) {
                vm.editInPlace(photo);
            } else {
                vm.open(photo); // says there is no such file, in the status line
            }
            return;
        }
        args.stream().filter(a -> !a.startsWith("-")).map(Path::of).filter(Files::isRegularFile).findFirst().ifPresent(vm::open);
    }

    /**
     * Whether the app was started by the installed {@code face-beauty-studio-edit-in-place} launcher (what Lightroom
     * Classic and Capture One are pointed at: they pass the photo's path and nothing else).
     */
    static boolean isEditInPlaceLauncher(String launcherPath) {
        String name = launcherPath.isEmpty() ? "" : String.valueOf(Path.of(launcherPath).getFileName());
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.exe$", "").endsWith("-edit-in-place");
    }

    /**
     * Puts the window where it was last closed, as long as its title bar would still be on a screen (a monitor may
     * have been unplugged since); otherwise the OS places it at the default size.
     */
    private static void restoreBounds(Stage stage, Workspace workspace) {
        workspace.windowBounds().ifPresent(b -> {
            Rectangle2D titleBar = new Rectangle2D(b.x() + 40, b.y(), Math.max(1, b.width() - 80), 30);
            if (b.width() < 200 || b.height() < 200 || Screen.getScreensForRectangle(titleBar).isEmpty()) {
                return;
            }
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        });
    }

    /**
     * Writes the window's place and size half a second after it stops moving or resizing, so even a crash or a killed
     * process keeps the layout; the bounds from before maximizing are kept while maximized.
     */
    private static void rememberBounds(Stage stage, Workspace workspace) {
        PauseTransition settle = new PauseTransition(javafx.util.Duration.millis(500));
        Rectangle2D[] normal = {bounds(stage)};
        settle.setOnFinished(e -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normal[0] = bounds(stage);
            }
            Rectangle2D b = normal[0];
            workspace.windowBounds(new WorkspaceState.WindowBounds(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(),
                    stage.isMaximized()));
        });
        for (var property : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
            property.addListener(o -> settle.playFromStart());
        }
        stage.maximizedProperty().addListener(o -> settle.playFromStart());
    }

    private static Rectangle2D bounds(Stage stage) {
        return new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    /**
     * On macOS, a photo opened from Finder ("Open With", double-click) arrives as an Apple event rather than as a
     * launcher argument; AWT's Desktop API delivers it (and queues those that came before this call).
     */
    private static void acceptOpenFileEvents(Consumer<Path> open) {
        if (!System.getProperty("os.name", "").startsWith("Mac") || !Desktop.isDesktopSupported()) {
            return;
        }
        Desktop desktop = Desktop.getDesktop();
        if (desktop.isSupported(Desktop.Action.APP_OPEN_FILE)) {
            desktop.setOpenFileHandler(event -> event.getFiles().stream().findFirst()
                    .ifPresent(file -> Platform.runLater(() -> open.accept(file.toPath()))));
        }
    }

    private static void exitAfterFirstFrame(Scene scene) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                System.out.println("first-frame-at-ms=" + System.currentTimeMillis());
                // After this pulse has been rendered.
                Platform.runLater(Platform::exit);
            }
        });
    }

    /** The window's scene with its theme and shortcuts; also used by the UI tests. */
    static Scene createScene(MainViewModel vm, AppServices services) {
        MainView view = new MainView(vm, owner -> {
            SettingsViewModel settings = new SettingsViewModel(services.settingsStore(), services.keys(),
                    vm.settingsProperty().get(), services.cloud(), vm.executor());
            settings.onBalanceOfKeyInUse(balance -> vm.status().showCredits(balance));
            return new SettingsDialog(owner, settings).ask();
        });
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        applyTheme(scene, vm.settingsProperty().get().theme());
        vm.settingsProperty().addListener((obs, old, s) -> applyTheme(scene, s.theme()));
        // The menu bar's items carry the main shortcuts (MainMenu); these are the second ways to the same commands.
        // "+" is Shift+= on many layouts, so Ctrl+= zooms in too; the keypad's keys as well.
        for (KeyCode in : List.of(KeyCode.EQUALS, KeyCode.ADD)) {
            scene.getAccelerators().put(new KeyCodeCombination(in, KeyCombination.SHORTCUT_DOWN),
                    () -> view.compare().zoomBy(1.25));
        }
        for (KeyCode out : List.of(KeyCode.SUBTRACT)) {
            scene.getAccelerators().put(new KeyCodeCombination(out, KeyCombination.SHORTCUT_DOWN),
                    () -> view.compare().zoomBy(1 / 1.25));
        }
        // Hold Space to see the original in place of the result (not while typing in a value box).
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl || e.isShortcutDown()) {
                return;
            }
            RestoreBrush brush = vm.restoreBrush();
            switch (e.getCode()) {
                case SPACE -> view.compare().showingOriginalProperty().set(true);
                case B -> brush.activeProperty().set(!brush.activeProperty().get() && brush.maskImageProperty().get() != null
                        && !vm.previewShownProperty().get());
                case M -> brush.showMaskProperty().set(!brush.showMaskProperty().get());
                // N / Shift+N: the next or previous face of a group, in a key filter so no scroll pane takes it first.
                case N -> MainMenu.nextFace(vm, view.compare(), e.isShiftDown() ? -1 : 1);
                case OPEN_BRACKET -> brush.sizeProperty().set(Math.max(RestoreBrush.MIN_SIZE, (int) (brush.sizeProperty().get() / 1.2)));
                case CLOSE_BRACKET -> brush.sizeProperty().set(Math.min(RestoreBrush.MAX_SIZE, (int) Math.ceil(brush.sizeProperty().get() * 1.2)));
                default -> {
                    return;
                }
            }
            e.consume();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), vm.edits()::redo);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                view.compare().showingOriginalProperty().set(false);
            }
        });
        return scene;
    }

    static void applyTheme(Scene scene, Theme theme) {
        scene.getStylesheets().setAll(
                css("app.css"),
                css(theme == Theme.DARK ? "dark.css" : "light.css"));
    }

    private static String css(String name) {
        return Objects.requireNonNull(FaceBeautyApp.class.getResource(name), name).toExternalForm();
    }

    /** The window icon in the sizes the build copies from {@code icons/}; the OS picks the best fit. */

    @Override
    public void stop() {
        if (workers != null) {
            workers.shutdownNow();
        }
        Platform.exit();
    }
}
