package dev.facebeauty;

import dev.facebeauty.app.AppServices;
import dev.facebeauty.app.Logging;
import dev.facebeauty.cli.CommandLineApp;
import dev.facebeauty.settings.AppPaths;
import dev.facebeauty.ui.FaceBeautyApp;

import java.util.Arrays;

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

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(FaceBeautyApp.EDIT_IN_PLACE)) {
            FaceBeautyApp.launchWith(args);
            return;
        }
        if (args.length > 0 && args[0].equals(EXIT_AFTER_FIRST_FRAME)) {
            FaceBeautyApp.launchForStartupProbe(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (CommandLineApp.handles(args)) {
            System.exit(CommandLineApp.run(args, () -> {
                // Before the services start, so that their start-up lines (keychain probe) go to the file too.
                Logging.configureForCommandLine(AppPaths.forCurrentUser().logFile());
                return AppServices.forCurrentUser();
            }, System.out, System.err));
        }
        FaceBeautyApp.launchWith(args);
    }
}
