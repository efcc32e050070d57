package dev.facebeauty.imaging;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A baseline JPEG encoded on all cores: the picture is cut into horizontal strips, each strip is encoded by ImageIO's
 * encoder with a restart marker after every row of blocks, and the strips' entropy-coded data are joined behind the
 * first strip's headers. A restart marker resets the encoder's state (the DC predictions, the bit buffer) exactly as a
 * new strip starts from nothing, so the joined file is the one a single encoder with the same restart interval would
 * have written: every decoder reads it, with the same pixels (the tests compare them). Strips are a multiple of eight
 * block rows, so the markers' numbering (0–7, in turn) runs on across the joins. The restart markers cost two bytes
 * per row of blocks (about 0.01 % of a camera JPEG).
 */
final class StripJpegEncoder {

    private static final String FORMAT = "javax_imageio_jpeg_image_1.0";
    /** Below this many pixels one encoder is as fast: the strips' set-up would eat the gain. */
    static final long PARALLEL_FROM_PIXELS = 2_000_000;

    private StripJpegEncoder() {
    }

    /** The picture (without alpha: RGB or BGR) as a JPEG of {@code quality}, in strips when it is large enough. */
    static byte[] encode(BufferedImage rgb, float quality) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2 || (long) rgb.getWidth() * rgb.getHeight() < PARALLEL_FROM_PIXELS) {
            return single(rgb, quality);
        }
        return encode(rgb, quality, cores * 2);
    }

    /** The picture in about {@code strips} strips (fewer when it has too few rows of blocks). */
    static byte[] encode(BufferedImage rgb, float quality, int strips) {
        ImageWriter probe = writer();
        int blockRowHeight, blocksPerRow;
        try {
            IIOMetadata metadata = probe.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), param(probe, quality));
            int[] mcu = mcuSize(metadata);
            blockRowHeight = mcu[1];
            blocksPerRow = (rgb.getWidth() + mcu[0] - 1) / mcu[0];
        } finally {
            probe.dispose();
        }
        int rowsPerStrip = Math.max(8, (rgb.getHeight() / blockRowHeight / strips + 7) / 8 * 8) * blockRowHeight;
        int count = (rgb.getHeight() + rowsPerStrip - 1) / rowsPerStrip;
        if (count < 2) {
            return single(rgb, quality);
        }
        List<byte[]> parts = IntStream.range(0, count).parallel().mapToObj(i -> {
            int top = i * rowsPerStrip;
            BufferedImage strip = rgb.getSubimage(0, top, rgb.getWidth(), Math.min(rowsPerStrip, rgb.getHeight() - top));
            return withRestarts(strip, quality, blocksPerRow);
        }).toList();
        return join(parts, rgb.getHeight());
    }

    private static byte[] single(BufferedImage rgb, float quality) {
        ImageWriter writer = writer();
        try {
            return write(writer, rgb, quality, null);
        } finally {
            writer.dispose();
        }
    }

    private static byte[] withRestarts(BufferedImage strip, float quality, int interval) {
        ImageWriter writer = writer();
        try {
            ImageWriteParam param = param(writer, quality);
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(strip), param);
            Element tree = (Element) metadata.getAsTree(FORMAT);
            Node markers = tree.getElementsByTagName("markerSequence").item(0);
            javax.imageio.metadata.IIOMetadataNode dri = new javax.imageio.metadata.IIOMetadataNode("dri");
            dri.setAttribute("interval", Integer.toString(interval));
            markers.insertBefore(dri, markers.getFirstChild());
            metadata.setFromTree(FORMAT, tree);
            return write(writer, strip, quality, metadata);
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException("the JPEG writer refused a restart interval", e);
        } finally {
            writer.dispose();
        }
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, float quality, IIOMetadata metadata) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, image.getWidth() * image.getHeight() / 4));
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param(writer, quality));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ImageWriter writer() {
        return ImageIO.getImageWritersByFormatName("jpeg").next();
    }

    private static ImageWriteParam param(ImageWriter writer, float quality) {
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        return param;
    }

    /** Width and height in pixels of the encoder's block group (MCU): 8 × the largest sampling factors. */
    private static int[] mcuSize(IIOMetadata metadata) {
        Element tree = (Element) metadata.getAsTree(FORMAT);
        org.w3c.dom.NodeList components = tree.getElementsByTagName("componentSpec");
        int h = 1, v = 1;
        for (int i = 0; i < components.getLength(); i++) {
            Element c = (Element) components.item(i);
            h = Math.max(h, Integer.parseInt(c.getAttribute("HsamplingFactor")));
            v = Math.max(v, Integer.parseInt(c.getAttribute("VsamplingFactor")));
        }
        return new int[]{8 * h, 8 * v};
    }

    /**
     * The first strip's file up to its scan data, its height set to the whole picture's, then every strip's scan data
     * with a restart marker between them, then the end marker.
     */
    static byte[] join(List<byte[]> strips, int height) {
        byte[] first = strips.getFirst();
        int firstData = scanDataStart(first);
        ByteArrayOutputStream out = new ByteArrayOutputStream(strips.stream().mapToInt(s -> s.length).sum());
        byte[] header = java.util.Arrays.copyOf(first, firstData);
        int sof = frameHeader(header);
        header[sof + 5] = (byte) (height >> 8); // SOF: marker (2), length (2), precision (1), then the height
        header[sof + 6] = (byte) height;
        out.writeBytes(header);
        for (int i = 0; i < strips.size(); i++) {
            byte[] strip = strips.get(i);
            int start = i == 0 ? firstData : scanDataStart(strip);
            int end = strip.length - 2;
            if ((strip[end] & 0xFF) != 0xFF || (strip[end + 1] & 0xFF) != 0xD9) {
                throw new IllegalStateException("a JPEG strip does not end with its end marker");
            }
            if (i > 0) {
                out.write(0xFF);
                out.write(0xD7); // RST7: each strip holds a multiple of eight restart intervals
            }
            out.write(strip, start, end - start);
        }
        out.write(0xFF);
        out.write(0xD9);
        return out.toByteArray();
    }

    /** Where the entropy-coded data begin: just past the start-of-scan segment. */
    private static int scanDataStart(byte[] jpeg) {
        int at = segment(jpeg, 0xDA);
        return at + 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
    }

    private static int frameHeader(byte[] jpeg) {
        return segment(jpeg, 0xC0);
    }

    /** The offset of the first segment with marker {@code 0xFF marker}, walking the headers by their lengths. */
    private static int segment(byte[] jpeg, int marker) {
        int at = 2; // past SOI
        while (at + 4 <= jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                throw new IllegalStateException("unexpected bytes in a JPEG header at " + at);
            }
            int found = jpeg[at + 1] & 0xFF;
            if (found == marker) {
                return at;
            }
            if (found == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        throw new IllegalStateException("no marker " + Integer.toHexString(marker) + " in the JPEG headers");
    }
}
