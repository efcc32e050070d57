package dev.facebeauty.cli;

/** The command line's exit codes, as documented in the README. */
public final class ExitCode {

    public static final int OK = 0;
    /** Something failed that is not the user's input nor the service: out of memory, a bug. */
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int BAD_IMAGE = 3;
    public static final int API_ERROR = 4;
    public static final int NETWORK = 5;

    private ExitCode() {
    }
}
