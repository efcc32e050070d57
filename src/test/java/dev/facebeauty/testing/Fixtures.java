package dev.facebeauty.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real photographs in shared/fixtures, found through the system property {@code fixtures.dir}. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The fixture's path; the calling test is skipped, with the reason, when the folder is not there. */
    public static Path photo(String name) {
        String dir = System.getProperty("fixtures.dir");
        Assumptions.assumeTrue(dir != null && !dir.isBlank(),
                "fixtures.dir is not set: real photographs from ../shared/fixtures are not available");
        Path file = Path.of(dir).resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "fixture " + file + " is absent (../shared/fixtures not beside the repo)");
        return file;
    }
}
