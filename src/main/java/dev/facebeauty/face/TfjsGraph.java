package dev.facebeauty.face;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facebeauty.io.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A TensorFlow.js graph model ({@code model.json} + weights {@code .bin}) run by a small interpreter. It knows the
 * operations MediaPipe's BlazeFace and Face Mesh need — fused convolutions with bias and ReLU/PReLU, depthwise
 * convolutions, additions, max pooling, channel padding, reshapes, sigmoid — and refuses anything else at load time.
 * Weights may be float32 or float16-quantised.
 */
public final class TfjsGraph {

    private record Node(String name, String op, List<String> inputs, JsonNode attrs) {
    }

    /** A constant from the weights: floats (or ints for shapes and paddings) and its shape. */
    private record Constant(float[] floats, int[] ints, int[] shape) {
    }

    private static final List<String> SUPPORTED = List.of("Const", "Placeholder", "Identity", "_FusedConv2D",
            "DepthwiseConv2dNative", "AddV2", "Relu", "Prelu", "MaxPool", "Pad", "Reshape", "Sigmoid");

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Constant> constants = new HashMap<>();
    /** Convolution filters split as the kernel reads them, made on first use: graphs are shared across threads. */
    private final Map<String, float[][]> weightRows = new java.util.concurrent.ConcurrentHashMap<>();

    private TfjsGraph() {
    }

    /** Loads a model; the streams are read fully and closed by the caller. */
    public static TfjsGraph load(InputStream modelJson, InputStream weights) throws IOException {
        TfjsGraph graph = new TfjsGraph();
        JsonNode model = Json.MAPPER.readTree(modelJson);
        for (JsonNode n : model.path("modelTopology").path("node")) {
            String op = n.path("op").asText();
            if (!SUPPORTED.contains(op)) {
                throw new IOException("unsupported operation " + op + " in node " + n.path("name").asText());
            }
            List<String> inputs = new ArrayList<>();
            n.path("input").forEach(i -> {
                String in = i.asText();
                if (!in.startsWith("^")) { // control dependencies carry no data
                    inputs.add(in.endsWith(":0") ? in.substring(0, in.length() - 2) : in);
                }
            });
            graph.nodes.put(n.path("name").asText(), new Node(n.path("name").asText(), op, inputs, n.path("attr")));
        }
        ByteBuffer bytes = ByteBuffer.wrap(weights.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
        for (JsonNode group : model.path("weightsManifest")) {
            for (JsonNode w : group.path("weights")) {
                int[] shape = new int[w.path("shape").size()];
                int count = 1;
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = w.path("shape").get(i).asInt();
                    count *= shape[i];
                }
                String quantised = w.path("quantization").path("dtype").asText("");
                String dtype = w.path("dtype").asText();
                if (dtype.equals("int32")) {
                    int[] ints = new int[count];
                    for (int i = 0; i < count; i++) {
                        ints[i] = bytes.getInt();
                    }
                    graph.constants.put(w.path("name").asText(), new Constant(null, ints, shape));
                } else {
                    float[] floats = new float[count];
                    switch (quantised) {
                        case "" -> {
                            for (int i = 0; i < count; i++) {
                                floats[i] = bytes.getFloat();
                            }
                        }
                        case "float16" -> {
                            for (int i = 0; i < count; i++) {
                                floats[i] = Float.float16ToFloat(bytes.getShort());
                            }
                        }
                        case "uint8" -> {
                            float scale = (float) w.path("quantization").path("scale").asDouble();
                            float min = (float) w.path("quantization").path("min").asDouble();
                            for (int i = 0; i < count; i++) {
                                floats[i] = Byte.toUnsignedInt(bytes.get()) * scale + min;
                            }
                        }
                        default -> throw new IOException("unsupported quantisation " + quantised);
                    }
                    graph.constants.put(w.path("name").asText(), new Constant(floats, null, shape));
                }
            }
        }
        if (bytes.hasRemaining()) {
            throw new IOException("weights file has " + bytes.remaining() + " bytes the manifest does not describe");
        }
        return graph;
    }

    /** Loads {@code name.json} and {@code name.bin} from beside this class. */
    static TfjsGraph loadResource(String name) {
        try (InputStream json = resource(name + ".json"); InputStream bin = resource(name + ".bin")) {
            return load(json, bin);
        } catch (IOException e) {
            throw new UncheckedIOException("face model " + name + " could not be read", e);
        }
    }

    private static InputStream resource(String file) {
        return Objects.requireNonNull(TfjsGraph.class.getResourceAsStream("models/" + file), "missing model file " + file);
    }

    /** Runs the graph on one input and returns the requested outputs (by node name). */
    public Map<String, Tensor> run(Tensor input, List<String> outputs) {
        Map<String, Tensor> values = new HashMap<>();
        nodes.values().stream().filter(n -> n.op().equals("Placeholder")).forEach(n -> values.put(n.name(), input));
        Map<String, Tensor> result = new LinkedHashMap<>();
        for (String output : outputs) {
            result.put(output, evaluate(output, values));
        }
        return result;
    }

    private Tensor evaluate(String name, Map<String, Tensor> values) {
        Tensor known = values.get(name);
        if (known != null) {
            return known;
        }
        Node node = nodes.get(name);
        if (node == null) {
            throw new IllegalArgumentException("no node " + name);
        }
        Tensor value = switch (node.op()) {
            case "Identity" -> evaluate(node.inputs().getFirst(), values);
            case "_FusedConv2D" -> fusedConv(node, values);
            case "DepthwiseConv2dNative" -> {
                Constant filter = constant(node.inputs().get(1));
                yield Kernels.depthwise(evaluate(node.inputs().getFirst(), values), filter.floats(),
                        filter.shape()[0], filter.shape()[1], stride(node), same(node));
            }
            case "AddV2" -> Kernels.add(evaluate(node.inputs().get(0), values), evaluate(node.inputs().get(1), values));
            case "Relu" -> Kernels.relu(evaluate(node.inputs().getFirst(), values));
            case "Prelu" -> Kernels.prelu(evaluate(node.inputs().getFirst(), values), constant(node.inputs().get(1)).floats());
            case "Sigmoid" -> {
                Tensor t = Kernels.copy(evaluate(node.inputs().getFirst(), values));
                Kernels.sigmoidInPlace(t);
                yield t;
            }
            case "MaxPool" -> Kernels.maxPool(evaluate(node.inputs().getFirst(), values),
                    intList(node, "ksize")[1], stride(node), same(node));
            case "Pad" -> Kernels.pad(evaluate(node.inputs().getFirst(), values), constant(node.inputs().get(1)).ints());
            case "Reshape" -> {
                Tensor t = evaluate(node.inputs().getFirst(), values);
                int[] shape = constant(node.inputs().get(1)).ints();
                int last = shape[shape.length - 1] < 0 ? t.size() : shape[shape.length - 1];
                yield new Tensor(1, t.size() / last, last, t.data());
            }
            default -> throw new IllegalStateException("cannot evaluate " + node.op() + " node " + name);
        };
        values.put(name, value);
        return value;
    }

    private Tensor fusedConv(Node node, Map<String, Tensor> values) {
        Constant filter = constant(node.inputs().get(1));
        int[] s = filter.shape();
        float[][] weights = weightRows.computeIfAbsent(node.inputs().get(1), k -> Kernels.weightRows(filter.floats(), s[3]));
        Tensor out = Kernels.conv2d(evaluate(node.inputs().getFirst(), values), weights, s[0], s[1], stride(node), same(node));
        List<String> fused = stringList(node, "fused_ops");
        if (!fused.isEmpty() && fused.getFirst().equals("BiasAdd")) {
            Kernels.addBias(out, constant(node.inputs().get(2)).floats());
        }
        if (fused.contains("Relu")) {
            Kernels.reluInPlace(out);
        } else if (fused.contains("Prelu")) {
            Kernels.preluInPlace(out, constant(node.inputs().get(3)).floats());
        } else if (fused.size() > 1) {
            throw new IllegalStateException("unsupported fused operations " + fused);
        }
        return out;
    }

    private Constant constant(String name) {
        Constant c = constants.get(name);
        if (c == null) {
            throw new IllegalStateException("no weights for " + name);
        }
        return c;
    }

    private static int stride(Node node) {
        return intList(node, "strides")[1];
    }

    private static boolean same(Node node) {
        return decoded(node.attrs().path("padding").path("s").asText()).equals("SAME");
    }

    private static int[] intList(Node node, String attr) {
        JsonNode list = node.attrs().path(attr).path("list").path("i");
        int[] values = new int[list.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = list.get(i).asInt();
        }
        return values;
    }

    private static List<String> stringList(Node node, String attr) {
        List<String> values = new ArrayList<>();
        node.attrs().path(attr).path("list").path("s").forEach(s -> values.add(decoded(s.asText())));
        return values;
    }

    /** TensorFlow.js stores string attributes base64-encoded. */
    private static String decoded(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
