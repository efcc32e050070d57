package dev.facebeauty.imaging;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/**
 * Writes TIFF as photo editors hand it over and expect it back: the picture's own bit depth (16 bits stay 16) and
 * colour profile, the original's compression, and the original's tags — description, camera, EXIF, GPS, XMP, IPTC — as
 * the policy allows. The JDK's own TIFF writer is used (it writes 16-bit samples and the ICC profile; the TwelveMonkeys
 * writer on the class path does not take 16-bit samples). The original's tags are read through the JDK's reader, which
 * parses the directory without decoding a pixel.
 */
public final class TiffFiles {

    /** Tags that describe the stored pixels: the writer sets them for the new picture. */
    private static final Set<Integer> STRUCTURE = Set.of(254, 256, 257, 258, 259, 262, 266, 273, 277, 278, 279, 284,
            317, 320, 322, 323, 324, 325, 330, 338, 339, 340, 341, 347, 512, 513, 514, 515, 517, 518, 519, 520, 521,
            34675);
    /** Location, keywords, captions and rights: kept only with {@link MetadataPolicy#FULL}. */
    private static final Set<Integer> PERSONAL = Set.of(700, 33723, 34377, 34853);
    /** Written as 1 (upright), since the pixels are turned upright when read. */
    private static final int ORIENTATION = 274;

    private TiffFiles() {
    }

    /**
     * The picture as a TIFF compressed like {@code original} (LZW, Deflate, PackBits or none; Deflate for a JPEG-coded
     * or unknown original), with the original's tags per {@code policy}; its orientation tag says upright, as the
     * pixels are. Without an original: Deflate and no tags.
     */
    public static byte[] write(BufferedImage image, Optional<byte[]> original, MetadataPolicy policy) {
        ImageWriter writer = jdkWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            TIFFDirectory tags = original.flatMap(TiffFiles::directory).orElse(null);
            ImageWriteParam param = writer.getDefaultWriteParam();
            String compression = tags == null ? "Deflate" : compressionName(tags);
            if (compression == null) {
                param.setCompressionMode(ImageWriteParam.MODE_DISABLED);
            } else {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType(compression);
            }
            IIOMetadata metadata = tags == null ? null : kept(tags, policy).getAsMetadata();
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The original's compression, named as the writer names it; null for none. */
    static String compressionName(TIFFDirectory tags) {
        TIFFField field = tags.getTIFFField(BaselineTIFFTagSet.TAG_COMPRESSION);
        int code = field == null ? 1 : field.getAsInt(0);
        return switch (code) {
            case 1 -> null;
            case 5 -> "LZW";
            case 32773 -> "PackBits";
            default -> "Deflate"; // 8 and 32946 (Deflate), and JPEG-coded TIFF, which cannot carry 16 bits
        };
    }

    private static TIFFDirectory kept(TIFFDirectory original, MetadataPolicy policy) {
        TIFFDirectory kept = new TIFFDirectory(original.getTagSets(), original.getParentTag());
        if (policy == MetadataPolicy.NONE) {
            return kept;
        }
        for (TIFFField field : original.getTIFFFields()) {
            int number = field.getTagNumber();
            if (STRUCTURE.contains(number) || number == ORIENTATION
                    || policy != MetadataPolicy.FULL && PERSONAL.contains(number)) {
                continue;
            }
            kept.addTIFFField(field);
        }
        kept.addTIFFField(new TIFFField(BaselineTIFFTagSet.getInstance().getTag(ORIENTATION), TIFFTag.TIFF_SHORT, 1,
                new char[]{1}));
        return kept;
    }

    /** The original's first directory (its tags), read without decoding pixels; empty when it is not a readable TIFF. */
    static Optional<TIFFDirectory> directory(byte[] tiff) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
            ImageWriter writer = jdkWriter();
            ImageReader reader = ImageIO.getImageReader(writer);
            writer.dispose();
            try {
                reader.setInput(in, true, false);
                return Optional.of(TIFFDirectory.createFromMetadata(reader.getImageMetadata(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static ImageWriter jdkWriter() {
        var writers = ImageIO.getImageWritersByFormatName("tiff");
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
                return writer;
            }
        }
        throw new IllegalStateException("the JDK's TIFF writer is missing from this runtime");
    }
}
