package dev.facebeauty.face;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interpreter's operations against hand-computed values, and the shipped model files against their hashes. */
class TfjsGraphTest {

    /** A 3 × 3 image, one channel, convolved by a 2 × 2 kernel of ones with stride 1 and TensorFlow's SAME padding. */
    @Test
    void convolutionWithSamePaddingPadsAfter() {
        Tensor x = new Tensor(3, 3, 1, new float[]{1, 2, 3, 4, 5, 6, 7, 8, 9});
        Tensor y = Kernels.conv2d(x, new float[]{1, 1, 1, 1}, 2, 2, 1, 1, true);
        assertArrayEquals(new float[]{12, 16, 9, 24, 28, 15, 15, 17, 9}, y.data());
        Tensor strided = Kernels.conv2d(x, new float[]{1, 1, 1, 1}, 2, 2, 1, 2, true);
        assertEquals(2, strided.height());
        assertArrayEquals(new float[]{12, 9, 15, 9}, strided.data());
    }

    @Test
    void depthwisePoolPadAndActivations() {
        Tensor x = new Tensor(2, 2, 2, new float[]{1, -1, 2, -2, 3, -3, 4, -4});
        Tensor d = Kernels.depthwise(x, new float[]{2, 10}, 1, 1, 1, true);
        assertArrayEquals(new float[]{2, -10, 4, -20, 6, -30, 8, -40}, d.data());
        assertArrayEquals(new float[]{4, -1}, Kernels.maxPool(x, 2, 2, false).data());
        Tensor padded = Kernels.pad(x, new int[]{0, 0, 0, 0, 0, 0, 0, 1});
        assertEquals(3, padded.channels());
        assertArrayEquals(new float[]{1, -1, 0, 2, -2, 0, 3, -3, 0, 4, -4, 0}, padded.data());
        Tensor p = Kernels.prelu(x, new float[]{0.5f, 0.25f});
        assertArrayEquals(new float[]{1, -0.25f, 2, -0.5f, 3, -0.75f, 4, -1}, p.data());
        assertArrayEquals(new float[]{1, -1, 2, -2, 3, -3, 4, -4}, x.data(), "the input is left as it was");
        assertArrayEquals(new float[]{1, 0, 2, 0, 3, 0, 4, 0}, Kernels.relu(x).data());
    }

    /**
     * Five input channels (the kernel takes four at a time, then the rest) into three outputs, a 1 × 1 kernel on one
     * pixel: each output is the hand-computed dot product of the pixel with that output's column of weights.
     */
    @Test
    void convolutionSumsEveryInputChannel() {
        Tensor x = new Tensor(1, 1, 5, new float[]{1, 2, 0, -1, 3});
        float[] filter = {
                1, 0, 2, // input channel 0 → outputs 0, 1, 2
                1, 1, 0,
                9, 9, 9, // input channel 2 is zero: no effect
                2, 0, 1,
                0, 1, -1};
        // output 0: 1·1 + 2·1 + (−1)·2 + 3·0 = 1; output 1: 2·1 + 3·1 = 5; output 2: 1·2 + (−1)·1 + 3·(−1) = −2
        assertArrayEquals(new float[]{1, 5, -2}, Kernels.conv2d(x, filter, 1, 1, 3, 1, true).data());
    }

    /** Convolution and depthwise convolution at the sizes the models use, against their definitions summed directly. */
    @Test
    void kernelsMatchTheirDefinitionAtModelSizes() {
        java.util.Random random = new java.util.Random(7);
        for (int[] c : new int[][]{{9, 7, 6, 5, 3, 1}, {9, 7, 6, 5, 3, 2}, {8, 8, 3, 4, 5, 2}, {6, 5, 9, 8, 1, 1}}) {
            int h = c[0], w = c[1], cin = c[2], cout = c[3], k = c[4], stride = c[5];
            Tensor x = randomTensor(h, w, cin, random);
            float[] filter = randomArray(k * k * cin * cout, random);
            float[] depth = randomArray(k * k * cin, random);
            for (boolean same : new boolean[]{true, false}) {
                Tensor conv = Kernels.conv2d(x, filter, k, k, cout, stride, same);
                Tensor dw = Kernels.depthwise(x, depth, k, k, stride, same);
                Kernels.Window win = Kernels.Window.of(x, k, k, stride, same);
                for (int oy = 0; oy < win.outHeight(); oy++) {
                    for (int ox = 0; ox < win.outWidth(); ox++) {
                        for (int co = 0; co < cout; co++) {
                            double sum = 0;
                            for (int ky = 0; ky < k; ky++) {
                                for (int kx = 0; kx < k; kx++) {
                                    for (int ci = 0; ci < cin; ci++) {
                                        sum += at(x, oy * stride + ky - win.padTop(), ox * stride + kx - win.padLeft(), ci)
                                                * filter[((ky * k + kx) * cin + ci) * cout + co];
                                    }
                                }
                            }
                            assertEquals(sum, conv.data()[(oy * win.outWidth() + ox) * cout + co], 1e-4, "conv " + java.util.Arrays.toString(c));
                        }
                        for (int ch = 0; ch < cin; ch++) {
                            double sum = 0;
                            for (int ky = 0; ky < k; ky++) {
                                for (int kx = 0; kx < k; kx++) {
                                    sum += at(x, oy * stride + ky - win.padTop(), ox * stride + kx - win.padLeft(), ch)
                                            * depth[(ky * k + kx) * cin + ch];
                                }
                            }
                            assertEquals(sum, dw.data()[(oy * win.outWidth() + ox) * cin + ch], 1e-4, "depthwise " + java.util.Arrays.toString(c));
                        }
                    }
                }
            }
        }
    }

    /** A sample of the image, zero outside it (the padding). */
    private static double at(Tensor x, int y, int xx, int ch) {
        return y < 0 || y >= x.height() || xx < 0 || xx >= x.width() ? 0 : x.data()[(y * x.width() + xx) * x.channels() + ch];
    }

    private static Tensor randomTensor(int h, int w, int c, java.util.Random random) {
        float[] data = randomArray(h * w * c, random);
        for (int i = 0; i < data.length; i += 3) {
            data[i] = 0; // zeros, as after a ReLU
        }
        java.util.Arrays.fill(data, 0, c, 0); // a pixel all zeros, whose groups of four channels are skipped
        return new Tensor(h, w, c, data);
    }

    private static float[] randomArray(int n, java.util.Random random) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) random.nextGaussian();
        }
        return a;
    }

    @Test
    void runsAGraphFromJsonAndWeights() throws IOException {
        String json = """
                {"modelTopology": {"node": [
                  {"name": "input", "op": "Placeholder"},
                  {"name": "w", "op": "Const"}, {"name": "b", "op": "Const"},
                  {"name": "conv", "op": "_FusedConv2D", "input": ["input", "w", "b"], "attr": {
                    "strides": {"list": {"i": ["1", "1", "1", "1"]}}, "padding": {"s": "%s"},
                    "fused_ops": {"list": {"s": ["%s", "%s"]}}}},
                  {"name": "out", "op": "Identity", "input": ["conv"]}]},
                 "weightsManifest": [{"paths": ["x.bin"], "weights": [
                   {"name": "w", "shape": [1, 1, 1, 2], "dtype": "float32"},
                   {"name": "b", "shape": [2], "dtype": "float32"}]}]}
                """.formatted(b64("SAME"), b64("BiasAdd"), b64("Relu"));
        ByteBuffer weights = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putFloat(2).putFloat(-1).putFloat(1).putFloat(0);
        TfjsGraph graph = TfjsGraph.load(stream(json), new ByteArrayInputStream(weights.array()));
        Map<String, Tensor> out = graph.run(new Tensor(1, 2, 1, new float[]{3, -4}), List.of("out"));
        // channel 0: 2x + 1 then ReLU; channel 1: -x then ReLU
        assertArrayEquals(new float[]{7, 0, 0, 4}, out.get("out").data());
    }

    @Test
    void refusesOperationsItDoesNotKnow() {
        String json = "{\"modelTopology\": {\"node\": [{\"name\": \"x\", \"op\": \"Softmax\"}]}, \"weightsManifest\": []}";
        IOException e = assertThrows(IOException.class, () -> TfjsGraph.load(stream(json), new ByteArrayInputStream(new byte[0])));
        assertTrue(e.getMessage().contains("Softmax"));
    }

    /** The hashes recorded in models/SOURCE.md: the files are the ones from @vladmandic/human 3.3.6, unchanged. */
    @Test
    void theShippedModelsAreTheDocumentedFiles() throws Exception {
        assertEquals("dc9a97fdc50bc43216554bdd69aa3e7b9361a519ee7bdd996a2f69a98a6f9b72", sha256("blazeface.bin"));
        assertEquals("3826da640b0a3021161605369ee6af293f75d518040355b960ec71a3390c1c0b", sha256("facemesh.bin"));
        assertEquals("cd7bbfc078270572beb39f9e5ae67aadbd50b5e67cff37e6d4f6b3ea39312e5f", sha256("blazeface.json"));
        assertEquals("b60ca26f404724f43bd2b1575761d8265180e1f053cc0731caa68462927309e7", sha256("facemesh.json"));
    }

    private static String sha256(String file) throws Exception {
        try (InputStream in = TfjsGraph.class.getResourceAsStream("models/" + file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        }
    }

    private static String b64(String s) {
        return java.util.Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
