import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the app icon from one geometry: the SVG source, the PNG sizes, the Windows {@code .ico} and the macOS
 * {@code .icns}, into the folder of this file.
 * Run from the repository root with a JDK >= 25: {@code java icons/IconGenerator.java}.
 * The geometry is a rounded square in a rose-to-violet gradient with a large and a small white sparkle,
 * chosen to stay legible at 16 px. The path data uses absolute M, Q and Z only, so the same string is valid
 * SVG and is drawn here with Java2D.
 */
public final class IconGenerator {

    static final int GRID = 64;
    static final double CORNER = 14;
    static final Color TOP_LEFT = new Color(0xF0, 0x6E, 0x9C);
    static final Color BOTTOM_RIGHT = new Color(0x7C, 0x4D, 0xDB);
    static final String SPARKLES = sparkle(27, 37, 20, 3.2) + " " + sparkle(47, 16, 8.5, 1.5);
    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024);
    /** The sizes Windows picks from (Explorer views, taskbar, Start menu at 100–200 % scaling). */
    static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    /** The element types of a macOS icon family and the pixel size each holds (the @2x types reuse larger renders). */
    static final Map<String, Integer> ICNS_TYPES = icnsTypes();

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "icons");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("face-beauty-studio.svg"), svg());
        for (int size : SIZES) {
            ImageIO.write(render(size), "png", dir.resolve("face-beauty-studio-" + size + ".png").toFile());
        }
        Files.write(dir.resolve("face-beauty-studio.ico"), ico());
        Files.write(dir.resolve("face-beauty-studio.icns"), icns());
        System.out.println("Wrote face-beauty-studio.svg, .ico, .icns and " + SIZES.size() + " PNG sizes to " + dir);
    }

    private static Map<String, Integer> icnsTypes() {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("ic11", 32);   // 16 pt @2x
        types.put("icp6", 64);
        types.put("ic12", 64);   // 32 pt @2x
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic13", 256);  // 128 pt @2x
        types.put("ic09", 512);
        types.put("ic14", 512);  // 256 pt @2x
        types.put("ic10", 1024); // 512 pt @2x
        return types;
    }

    /** An ICO file whose entries are PNG images (supported since Windows Vista), little-endian directory. */
    static byte[] ico() {
        List<byte[]> images = ICO_SIZES.stream().map(size -> png(render(size))).toList();
        int directorySize = 6 + 16 * images.size();
        int total = directorySize + images.stream().mapToInt(image -> image.length).sum();
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = directorySize;
        for (int i = 0; i < images.size(); i++) {
            int size = ICO_SIZES.get(i);
            out.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)); // 0 means 256
            out.put((byte) 0).put((byte) 0);                                                // palette, reserved
            out.putShort((short) 1).putShort((short) 32);                                   // planes, bits per pixel
            out.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(out::put);
        return out.array();
    }

    /** An ICNS file: "icns", total length, then (type, length incl. 8-byte header, PNG data) per element; big-endian. */
    static byte[] icns() {
        try {
            ByteArrayOutputStream elements = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(elements);
            Map<Integer, byte[]> rendered = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
                byte[] image = rendered.computeIfAbsent(type.getValue(), size -> png(render(size)));
                data.writeBytes(type.getKey());
                data.writeInt(8 + image.length);
                data.write(image);
            }
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            DataOutputStream header = new DataOutputStream(file);
            header.writeBytes("icns");
            header.writeInt(8 + elements.size());
            elements.writeTo(file);
            return file.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A four-pointed star with concave sides: tips at radius {@code r}, curves pulled to {@code waist} of the centre. */
    static String sparkle(double cx, double cy, double r, double waist) {
        return String.format(Locale.ROOT,
                "M%s %s Q%s %s %s %s Q%s %s %s %s Q%s %s %s %s Q%s %s %s %s Z",
                n(cx), n(cy - r),
                n(cx + waist), n(cy - waist), n(cx + r), n(cy),
                n(cx + waist), n(cy + waist), n(cx), n(cy + r),
                n(cx - waist), n(cy + waist), n(cx - r), n(cy),
                n(cx - waist), n(cy - waist), n(cx), n(cy - r));
    }

    static String svg() {
        return String.format(Locale.ROOT, """
                <svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 %d %d">
                  <!-- Generated by IconGenerator.java; edit that, not this. -->
                  <defs>
                    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
                      <stop offset="0" stop-color="%s"/>
                      <stop offset="1" stop-color="%s"/>
                    </linearGradient>
                  </defs>
                  <rect width="%d" height="%d" rx="%s" fill="url(#bg)"/>
                  <path d="%s" fill="#ffffff"/>
                </svg>
                """, GRID, GRID, hex(TOP_LEFT), hex(BOTTOM_RIGHT), GRID, GRID, n(CORNER), SPARKLES);
    }

    static BufferedImage render(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / (double) GRID, size / (double) GRID);
            g.setPaint(new GradientPaint(0, 0, TOP_LEFT, GRID, GRID, BOTTOM_RIGHT));
            g.fill(new RoundRectangle2D.Double(0, 0, GRID, GRID, CORNER * 2, CORNER * 2));
            g.setPaint(Color.WHITE);
            g.fill(parse(SPARKLES));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Reads the M/Q/Z subset of SVG path data this file writes. */
    static Path2D parse(String data) {
        Path2D.Double path = new Path2D.Double();
        String[] tokens = data.trim().replaceAll("([MQZ])", " $1 ").trim().split("\\s+");
        for (int i = 0; i < tokens.length; ) {
            switch (tokens[i++]) {
                case "M" -> path.moveTo(d(tokens[i++]), d(tokens[i++]));
                case "Q" -> path.quadTo(d(tokens[i++]), d(tokens[i++]), d(tokens[i++]), d(tokens[i++]));
                case "Z" -> path.closePath();
                default -> throw new IllegalArgumentException("unexpected path token " + tokens[i - 1]);
            }
        }
        return path;
    }

    private static double d(String s) {
        return Double.parseDouble(s);
    }

    private static String n(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
