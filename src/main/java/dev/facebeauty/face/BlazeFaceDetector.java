package dev.facebeauty.face;

import dev.facebeauty.imaging.RgbImage;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds faces with MediaPipe's BlazeFace "back camera" model (256 × 256 input, 896 anchors, a box and six keypoints
 * per anchor: eyes, nose tip, mouth, ear tragions), then keeps the best box of each overlapping group.
 */
final class BlazeFaceDetector {

    record Detection(Rectangle2D box, float score, Point2D rightEye, Point2D leftEye) {
    }

    static final int SIZE = 256;
    private static final String SCORES_16 = "StatefulPartitionedCall/functional_1/tf_op_layer_classificators_1/classificators_1";
    private static final String SCORES_32 = "StatefulPartitionedCall/functional_1/tf_op_layer_classificators_2/classificators_2";
    private static final String BOXES_16 = "StatefulPartitionedCall/functional_1/tf_op_layer_regressors_1/regressors_1";
    private static final String BOXES_32 = "StatefulPartitionedCall/functional_1/tf_op_layer_regressors_2/regressors_2";
    private static final float MIN_SCORE = 0.5f;
    private static final double MAX_OVERLAP = 0.3;

    private final TfjsGraph graph = TfjsGraph.loadResource("blazeface");
    private final float[] anchors = anchors();

    /** Anchor centres (x, y pairs, 0–1): a 16 × 16 grid with 2 per cell, then an 8 × 8 grid with 6 per cell. */
    private static float[] anchors() {
        float[] a = new float[896 * 2];
        int k = 0;
        for (int[] layer : new int[][]{{16, 2}, {8, 6}}) {
            int grid = layer[0];
            for (int y = 0; y < grid; y++) {
                for (int x = 0; x < grid; x++) {
                    for (int n = 0; n < layer[1]; n++) {
                        a[k++] = (x + 0.5f) / grid;
                        a[k++] = (y + 0.5f) / grid;
                    }
                }
            }
        }
        return a;
    }

    List<Detection> detect(RgbImage image) {
        // Letterbox: scale the long side to 256 and centre, so faces keep their proportions.
        double scale = (double) SIZE / Math.max(image.width(), image.height());
        double offsetX = (SIZE - image.width() * scale) / 2;
        double offsetY = (SIZE - image.height() * scale) / 2;
        RgbImage small = image.scale(scale);
        Tensor input = Tensor.zeros(SIZE, SIZE, 3);
        java.util.Arrays.fill(input.data(), -1f);
        int ox = (int) Math.round(offsetX), oy = (int) Math.round(offsetY);
        for (int y = 0; y < small.height() && y + oy < SIZE; y++) {
            for (int x = 0; x < small.width() && x + ox < SIZE; x++) {
                int p = small.pixels()[y * small.width() + x];
                int i = ((y + oy) * SIZE + x + ox) * 3;
                input.data()[i] = (p >> 16 & 255) / 127.5f - 1;
                input.data()[i + 1] = (p >> 8 & 255) / 127.5f - 1;
                input.data()[i + 2] = (p & 255) / 127.5f - 1;
            }
        }
        Map<String, Tensor> out = graph.run(input, List.of(SCORES_16, SCORES_32, BOXES_16, BOXES_32));
        float[] scores = concat(out.get(SCORES_16).data(), out.get(SCORES_32).data());
        float[] boxes = concat(out.get(BOXES_16).data(), out.get(BOXES_32).data());

        List<Detection> candidates = new ArrayList<>();
        for (int a = 0; a < scores.length; a++) {
            float score = (float) (1 / (1 + Math.exp(-Math.max(-100, Math.min(100, scores[a])))));
            if (score < MIN_SCORE) {
                continue;
            }
            int r = a * 16;
            double cx = boxes[r] / SIZE + anchors[2 * a];
            double cy = boxes[r + 1] / SIZE + anchors[2 * a + 1];
            double w = boxes[r + 2] / SIZE;
            double h = boxes[r + 3] / SIZE;
            Rectangle2D box = new Rectangle2D.Double(
                    toImage(cx - w / 2, offsetX, scale), toImage(cy - h / 2, offsetY, scale), w * SIZE / scale, h * SIZE / scale);
            Point2D rightEye = new Point2D.Double(toImage(boxes[r + 4] / SIZE + anchors[2 * a], offsetX, scale),
                    toImage(boxes[r + 5] / SIZE + anchors[2 * a + 1], offsetY, scale));
            Point2D leftEye = new Point2D.Double(toImage(boxes[r + 6] / SIZE + anchors[2 * a], offsetX, scale),
                    toImage(boxes[r + 7] / SIZE + anchors[2 * a + 1], offsetY, scale));
            candidates.add(new Detection(box, score, rightEye, leftEye));
        }
        candidates.sort(Comparator.comparingDouble(Detection::score).reversed());
        List<Detection> kept = new ArrayList<>();
        for (Detection d : candidates) {
            if (kept.stream().noneMatch(k -> overlap(k.box(), d.box()) > MAX_OVERLAP)) {
                kept.add(d);
            }
        }
        return kept;
    }

    private static double toImage(double normalised, double offset, double scale) {
        return (normalised * SIZE - offset) / scale;
    }

    static double overlap(Rectangle2D a, Rectangle2D b) {
        Rectangle2D i = a.createIntersection(b);
        if (i.isEmpty()) {
            return 0;
        }
        double inter = i.getWidth() * i.getHeight();
        return inter / (a.getWidth() * a.getHeight() + b.getWidth() * b.getHeight() - inter);
    }

    private static float[] concat(float[] a, float[] b) {
        float[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
