package dev.facebeauty.model;

import java.util.List;

/**
 * How much of the retouch each face of a group photo keeps, 0–100 by the face's number (the order faces are found
 * in); 0 leaves a face out. An empty list, or faces past its end, mean 100: every face retouched in full.
 */
public record FaceAmounts(List<Integer> percents) {

    public static final FaceAmounts ALL = new FaceAmounts(List.of());

    public FaceAmounts {
        percents = List.copyOf(percents);
        for (int p : percents) {
            if (p < 0 || p > 100) {
                throw new IllegalArgumentException("a face's amount is 0–100, was " + p);
            }
        }
    }

    /** The amount of face {@code index}, 0–100. */
    public int of(int index) {
        return index < percents.size() ? percents.get(index) : 100;
    }

    /** Whether every face keeps the whole retouch (nothing to blend). */
    public boolean everyFaceInFull() {
        return percents.stream().allMatch(p -> p == 100);
    }

    public FaceAmounts with(int index, int percent, int faces) {
        java.util.ArrayList<Integer> next = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(faces, percents.size()); i++) {
            next.add(i == index ? percent : of(i));
        }
        return new FaceAmounts(next);
    }
}
