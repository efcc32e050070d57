package dev.facebeauty.api;

import dev.facebeauty.model.ServiceTerms;

/**
 * One credit pool from {@code query-credits}: its id ({@code unique_sign}), name and balance.
 * Face Beauty Pro draws from {@value #FACE_BEAUTY_POOL} and then from {@value #UNIVERSAL_POOL}.
 */
public record CreditBalance(String uniqueSign, String name, double balance) {

    public static final String FACE_BEAUTY_POOL = "portrait_facial_beautification_pro";
    public static final String UNIVERSAL_POOL = "common";
    /** What one successful job costs; failed jobs are not billed. */
    public static final int CREDITS_PER_JOB = ServiceTerms.CREDITS_PER_JOB;

    public boolean usableForFaceBeauty() {
        return FACE_BEAUTY_POOL.equals(uniqueSign) || UNIVERSAL_POOL.equals(uniqueSign);
    }
}
