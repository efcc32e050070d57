package dev.facebeauty;

import dev.facebeauty.cli.CommandLineApp;
import dev.facebeauty.settings.AppPaths;
import dev.facebeauty.ui.FaceBeautyApp;

/**
 * Starts the command line when the first argument is a command or an option ({@code beautify}, {@code --version}),
 * otherwise the window, opening any image paths given. A plain class, not the Application subclass, so the JavaFX
 * launcher checks do not get in the way on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
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
