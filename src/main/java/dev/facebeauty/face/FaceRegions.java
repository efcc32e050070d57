package dev.facebeauty.face;

/**
 * Named landmark sets of MediaPipe's 468-point face mesh (indices as in the mesh's canonical topology; "right" is the
 * subject's right, which is on the left of a frontal photo). Contours are in order around their outline.
 */
public final class FaceRegions {

    private FaceRegions() {
    }

    /** The face outline, from the top of the forehead clockwise on the image. */
    public static final int[] FACE_OVAL = {10, 338, 297, 332, 284, 251, 389, 356, 454, 323, 361, 288, 397, 365, 379,
            378, 400, 377, 152, 148, 176, 149, 150, 136, 172, 58, 132, 93, 234, 127, 162, 21, 54, 103, 67, 109};
    /** Jaw and cheek, subject's right side, from the cheek down to the chin. */
    public static final int[] JAW_RIGHT = {234, 93, 132, 58, 172, 136, 150, 149, 176, 148, 152};
    /** Jaw and cheek, subject's left side, from the chin up to the cheek. */
    public static final int[] JAW_LEFT = {152, 377, 400, 378, 379, 365, 397, 288, 361, 323, 454};
    /** Eyebrow outlines: the upper edge from the outside in, then the lower edge from the inside out. */
    public static final int[] RIGHT_BROW = {70, 63, 105, 66, 107, 55, 65, 52, 53, 46};
    public static final int[] LEFT_BROW = {300, 293, 334, 296, 336, 285, 295, 282, 283, 276};
    /** Eye openings (eyelid margins), in order around the eye. */
    public static final int[] RIGHT_EYE = {33, 7, 163, 144, 145, 153, 154, 155, 133, 173, 157, 158, 159, 160, 161, 246};
    public static final int[] LEFT_EYE = {263, 249, 390, 373, 374, 380, 381, 382, 362, 398, 384, 385, 386, 387, 388, 466};
    /** Outer lip outline, in order. */
    public static final int[] LIPS = {61, 146, 91, 181, 84, 17, 314, 405, 321, 375, 291, 409, 270, 269, 267, 0, 37, 39,
            40, 185};
    public static final int CHIN = 152;
    public static final int FOREHEAD_TOP = 10;
    public static final int BETWEEN_EYES = 168;
    public static final int NOSE = 1;
    public static final int RIGHT_EYE_OUTER = 33;
    public static final int LEFT_EYE_OUTER = 263;
}
