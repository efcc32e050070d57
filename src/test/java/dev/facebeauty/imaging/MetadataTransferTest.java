package dev.facebeauty.imaging;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.icc.IccDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import dev.facebeauty.model.MetadataPolicy;
import dev.facebeauty.testing.TestImages;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The original's metadata on a bare result, read back with a different library (metadata-extractor). */
class MetadataTransferTest {

    /**
     * A little-endian TIFF block written by hand (so the test does not trust the code under test's libraries):
     * IFD0 → EXIF sub-IFD and GPS IFD, and a thumbnail IFD1 after IFD0. Entries are (tag, type, count, value);
     * ASCII values longer than 4 bytes go to a data area after the directories.
     */
    private static byte[] exifBlock() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(1024).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)).put("II".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 42).putInt(8);
        int base = 6, ifd0 = 8, sub = 80, gps = 160, ifd1 = 200, data = 240;
        int[] cursor = {data};
        java.util.function.Function<String, Integer> ascii = text -> {
            int at = cursor[0];
            b.put(base + at, (text + "\0").getBytes(StandardCharsets.ISO_8859_1));
            cursor[0] += text.length() + 1;
            return at;
        };
        int make = ascii.apply("Nikon"), model = ascii.apply("Z 8 II"), date = ascii.apply("2026:11:20 14:03:07"), lens = ascii.apply("85mm F1.8");
        int[][] ifd0Entries = {{271, 2, 6, make}, {272, 2, 7, model}, {274, 3, 1, 6}, {34665, 4, 1, sub}, {34853, 4, 1, gps}};
        int[][] subEntries = {{36867, 2, 20, date}, {37500, 7, 4, 0x04030201}, {40962, 4, 1, 6000}, {40963, 4, 1, 4000}, {42036, 2, 10, lens}};
        int[][] gpsEntries = {{1, 2, 2, 'N'}};
        int[][] ifd1Entries = {{259, 3, 1, 6}};
        writeIfd(b, base + ifd0, ifd0Entries, ifd1);
        writeIfd(b, base + sub, subEntries, 0);
        writeIfd(b, base + gps, gpsEntries, 0);
        writeIfd(b, base + ifd1, ifd1Entries, 0);
        return java.util.Arrays.copyOf(b.array(), base + cursor[0]);
    }

    private static void writeIfd(java.nio.ByteBuffer b, int at, int[][] entries, int next) {
        b.putShort(at, (short) entries.length);
        for (int i = 0; i < entries.length; i++) {
            int e = at + 2 + i * 12;
            b.putShort(e, (short) entries[i][0]).putShort(e + 2, (short) entries[i][1]).putInt(e + 4, entries[i][2]);
            if (entries[i][1] == 3) {
                b.putInt(e + 8, 0).putShort(e + 8, (short) entries[i][3]);
            } else {
                b.putInt(e + 8, entries[i][3]);
            }
        }
        b.putInt(at + 2 + entries.length * 12, next);
    }

    /** A camera-like original: EXIF (rotated, camera, lens, date, GPS, maker note, thumbnail), XMP and an ICC profile. */
    private static byte[] cameraOriginal() throws IOException {
        byte[] xmp = ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf="
                + "\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:tiff=\"http://ns.adobe.com/tiff/1.0/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" tiff:Orientation=\"6\"><dc:subject><rdf:Bag><rdf:li>wedding</rdf:li>"
                + "</rdf:Bag></dc:subject></rdf:Description></rdf:RDF></x:xmpmeta>").getBytes(StandardCharsets.UTF_8);
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData();
        ByteArrayOutputStream icc = new ByteArrayOutputStream();
        icc.write("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1));
        icc.write(new byte[]{1, 1});
        icc.write(profile);
        byte[] plain = ImageEncoder.jpeg(TestImages.portrait(120, 90), 0.9f);
        return withSegments(plain, List.of(segment(0xE1, exifBlock()), segment(0xE1, xmp), segment(0xE2, icc.toByteArray())));
    }

    private static byte[] segment(int marker, byte[] payload) {
        byte[] out = new byte[payload.length + 4];
        out[0] = (byte) 0xFF;
        out[1] = (byte) marker;
        out[2] = (byte) ((payload.length + 2) >> 8);
        out[3] = (byte) (payload.length + 2);
        System.arraycopy(payload, 0, out, 4, payload.length);
        return out;
    }

    private static byte[] withSegments(byte[] jpeg, List<byte[]> segments) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (byte[] s : segments) {
            out.write(s);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static Metadata read(byte[] jpeg) throws Exception {
        return ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg), jpeg.length);
    }

    private final byte[] result = ImageEncoder.jpeg(TestImages.portrait(90, 120), 0.9f);

    @Test
    void fullCarriesEverythingButOrientationThumbnailAndMakerNote() throws Exception {
        byte[] out = MetadataTransfer.apply(result, cameraOriginal(), MetadataPolicy.FULL, true, 90, 120);
        Metadata m = read(out);
        ExifIFD0Directory ifd0 = m.getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertEquals("Nikon", ifd0.getString(ExifIFD0Directory.TAG_MAKE));
        assertEquals(1, ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION), "the result is upright");
        ExifSubIFDDirectory sub = m.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        assertEquals("2026:11:20 14:03:07", sub.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL));
        assertEquals("85mm F1.8", sub.getString(ExifSubIFDDirectory.TAG_LENS_MODEL));
        assertEquals(90, sub.getInt(ExifSubIFDDirectory.TAG_EXIF_IMAGE_WIDTH), "dimensions are the result's");
        assertFalse(sub.containsTag(ExifSubIFDDirectory.TAG_MAKERNOTE));
        assertNotNull(m.getFirstDirectoryOfType(GpsDirectory.class), "location kept");
        XmpDirectory xmp = m.getFirstDirectoryOfType(XmpDirectory.class);
        assertNotNull(xmp, "XMP kept");
        assertTrue(new String(MetadataTransfer.payloads(out, 0xFFE1).get(1), StandardCharsets.UTF_8).contains("tiff:Orientation=\"1\""));
        assertNotNull(m.getFirstDirectoryOfType(IccDirectory.class), "colour profile kept");
        assertNull(m.getFirstDirectoryOfType(com.drew.metadata.exif.ExifThumbnailDirectory.class), "no stale thumbnail");
        assertEquals(90, ImageIO.read(new ByteArrayInputStream(out)).getWidth(), "still a JPEG of the result");
    }

    @Test
    void basicLeavesOutLocationAndKeywords() throws Exception {
        Metadata m = read(MetadataTransfer.apply(result, cameraOriginal(), MetadataPolicy.BASIC, true, 90, 120));
        assertEquals("Z 8 II", m.getFirstDirectoryOfType(ExifIFD0Directory.class).getString(ExifIFD0Directory.TAG_MODEL));
        assertNull(m.getFirstDirectoryOfType(GpsDirectory.class), "no location");
        assertNull(m.getFirstDirectoryOfType(XmpDirectory.class), "no keywords");
        assertNotNull(m.getFirstDirectoryOfType(IccDirectory.class));
    }

    @Test
    void noneOrAChangedColourSpaceOrAPngOriginalCopyNothingItCannotStandBehind() throws Exception {
        byte[] original = cameraOriginal();
        assertArrayEquals(result, MetadataTransfer.apply(result, original, MetadataPolicy.NONE, true, 90, 120));
        Metadata m = read(MetadataTransfer.apply(result, original, MetadataPolicy.FULL, false, 90, 120));
        assertNull(m.getFirstDirectoryOfType(IccDirectory.class), "sRGB pixels must not be labelled with another profile");
        byte[] png = ImageEncoder.png(TestImages.portrait(40, 40));
        assertArrayEquals(result, MetadataTransfer.apply(result, png, MetadataPolicy.FULL, true, 90, 120));
    }

    @Test
    void aPngResultCarriesTheSameInPngChunks() throws Exception {
        byte[] png = ImageEncoder.png(TestImages.portrait(90, 120));
        byte[] out = MetadataTransfer.apply(png, cameraOriginal(), MetadataPolicy.FULL, true, 90, 120);
        Metadata m = read(out);
        ExifIFD0Directory ifd0 = m.getFirstDirectoryOfType(ExifIFD0Directory.class);
        assertNotNull(ifd0, "EXIF in an eXIf chunk");
        assertEquals("Nikon", ifd0.getString(ExifIFD0Directory.TAG_MAKE));
        assertEquals(1, ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION));
        assertEquals("85mm F1.8", m.getFirstDirectoryOfType(ExifSubIFDDirectory.class).getString(ExifSubIFDDirectory.TAG_LENS_MODEL));
        assertNotNull(m.getFirstDirectoryOfType(GpsDirectory.class));
        XmpDirectory xmp = m.getFirstDirectoryOfType(XmpDirectory.class);
        assertNotNull(xmp, "XMP in an iTXt chunk");
        assertTrue(xmp.getXmpProperties().containsValue("wedding"), xmp.getXmpProperties().toString());
        assertNotNull(m.getFirstDirectoryOfType(IccDirectory.class), "the profile in an iCCP chunk");
        java.awt.image.BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(out));
        assertEquals(90, decoded.getWidth(), "still a PNG of the result, every chunk's CRC right");

        byte[] basic = MetadataTransfer.apply(png, cameraOriginal(), MetadataPolicy.BASIC, false, 90, 120);
        Metadata b = read(basic);
        assertNull(b.getFirstDirectoryOfType(XmpDirectory.class));
        assertNull(b.getFirstDirectoryOfType(IccDirectory.class));
        assertEquals("Z 8 II", b.getFirstDirectoryOfType(ExifIFD0Directory.class).getString(ExifIFD0Directory.TAG_MODEL));
    }
}
