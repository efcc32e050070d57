package dev.facebeauty.app;

/** The app's version, from the jar manifest (written by the build from the pom). */
public final class Version {

    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
