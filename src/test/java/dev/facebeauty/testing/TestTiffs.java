package dev.facebeauty.testing;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
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

/** TIFF files as Lightroom or Capture One write them for an external editor: compressed, tagged, written by the JDK. */
public final class TestTiffs {

    private TestTiffs() {
    }

    /** The picture as a TIFF with LZW compression and an Artist and an ImageDescription tag. */
    public static byte[] tagged(BufferedImage image, String artist, String description) throws IOException {
        ImageWriter writer = jdkWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("LZW");
            TIFFDirectory tags = new TIFFDirectory(new javax.imageio.plugins.tiff.TIFFTagSet[]{BaselineTIFFTagSet.getInstance()}, null);
            BaselineTIFFTagSet baseline = BaselineTIFFTagSet.getInstance();
            tags.addTIFFField(new TIFFField(baseline.getTag(BaselineTIFFTagSet.TAG_ARTIST), TIFFTag.TIFF_ASCII, 1, new String[]{artist}));
            tags.addTIFFField(new TIFFField(baseline.getTag(BaselineTIFFTagSet.TAG_IMAGE_DESCRIPTION), TIFFTag.TIFF_ASCII, 1,
                    new String[]{description}));
            writer.write(null, new IIOImage(image, null, tags.getAsMetadata()), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The first directory's tags of a TIFF, read with the JDK's reader. */
    public static TIFFDirectory tags(byte[] tiff) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
            ImageWriter writer = jdkWriter();
            ImageReader reader = ImageIO.getImageReader(writer);
            writer.dispose();
            try {
                reader.setInput(in);
                return TIFFDirectory.createFromMetadata(reader.getImageMetadata(0));
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageWriter jdkWriter() {
        var writers = ImageIO.getImageWritersByFormatName("tiff");
        while (writers.hasNext()) {
            ImageWriter w = writers.next();
            if (w.getClass().getName().startsWith("com.sun.imageio.")) {
                return w;
            }
        }
        throw new IllegalStateException("no JDK TIFF writer");
    }
}
