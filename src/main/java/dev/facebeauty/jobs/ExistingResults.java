package dev.facebeauty.jobs;

/** What a batch does where a photo's result is already in the output folder. */
public enum ExistingResults {
    /** Leave it, and the photo (a stopped batch started again picks up where it was). */
    SKIP,
    /** Write the new result over it. */
    REPLACE,
    /** Keep it and write the new result beside it: "x_beauty (2).jpg". */
    KEEP_BOTH
}
