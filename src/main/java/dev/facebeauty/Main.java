package dev.facebeauty;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.app.Logging;
import dev.facebeauty.cli.CommandLineApp;
import dev.facebeauty.settings.AppPaths;
import dev.facebeauty.settings.SettingsStore;
import dev.facebeauty.text.Language;
import dev.facebeauty.text.Text;
import dev.facebeauty.ui.FaceBeautyApp;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Starts the command line when the first argument is a command or an option ({@code beautify}, {@code --version}),
 * otherwise the window, opening any image paths given. A plain class, not the Application subclass, so the JavaFX
 * launcher checks do not get in the way on the class path.
 */
public final class Main {

    private Main() {
    }

    /**
     * Makes the window quit as soon as its first frame is laid out and print the time since the process started.
     * Used by {@code bench/startup.sh} and by the packaging step that records the class-data-sharing archive.
     */
    public static final String EXIT_AFTER_FIRST_FRAME = "--exit-after-first-frame";

    /** The language option, taken out of the arguments before anything else reads them: {@code --lang de}. */
    public static final String LANG = "--lang";

    public static void main(String[] args) {
        Optional<String[]> rest = chooseLanguage(args, System.err);
        if (rest.isEmpty()) {
            System.exit(2); // the command line's usage exit code
        }
        boolean languageGiven = rest.get().length != args.length;
        args = rest.get();
        if (args.length > 0 && args[0].equals(FaceBeautyApp.EDIT_IN_PLACE)) {
            FaceBeautyApp.launchWith(args, languageGiven);
            return;
        }
        if (args.length > 0 && args[0].equals(EXIT_AFTER_FIRST_FRAME)) {
            if (AotTraining.requested()) {
                AotTraining.run();
            }
            FaceBeautyApp.launchForStartupProbe(Arrays.copyOfRange(args, 1, args.length), languageGiven);
            return;
        }
        if (CommandLineApp.handles(args)) {
            java.util.concurrent.atomic.AtomicReference<AppServices> started = new java.util.concurrent.atomic.AtomicReference<>();
            int exitCode = CommandLineApp.run(args, () -> {
                // Before the services start, so that their start-up lines (keychain probe) go to the file too.
                Logging.configure(AppPaths.forCurrentUser().logFile());
                started.set(AppServices.forCurrentUser());
                return started.get();
            }, System.out, System.err);
            if (started.get() != null) {
                started.get().close();
            }
            System.exit(exitCode);
        }
        FaceBeautyApp.launchWith(args, languageGiven);
    }

    /**
     * Speaks the language asked for: {@code --lang} wherever it stands, else (for the command line; the window reads
     * its settings while JavaFX starts) the one chosen in Settings, else the system's. Returns the other arguments, or
     * empty (having said why) when the language asked for is unknown.
     */
    static Optional<String[]> chooseLanguage(String[] args, PrintStream err) {
        List<String> rest = new ArrayList<>();
        String asked = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(LANG) && i + 1 < args.length) {
                asked = args[++i];
            } else if (args[i].startsWith(LANG + "=")) {
                asked = args[i].substring(LANG.length() + 1);
            } else {
                rest.add(args[i]);
            }
        }
        if (asked != null) {
            Optional<Language> language = Language.parse(asked);
            if (language.isEmpty()) {
                err.println(Text.get("cli.error", Text.get("cli.unknownLanguage", asked)));
                return Optional.empty();
            }
            Text.use(language.get());
        } else if (CommandLineApp.handles(rest.toArray(String[]::new))) {
            Text.use(new SettingsStore(AppPaths.forCurrentUser().settingsFile()).load().language());
        }
        return Optional.of(rest.toArray(String[]::new));
    }
}
