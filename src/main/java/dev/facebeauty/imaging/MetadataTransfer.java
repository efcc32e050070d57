package dev.facebeauty.imaging;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import dev.facebeauty.model.MetadataPolicy;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Puts the original photo's metadata back on a retouched JPEG or PNG (the API returns a bare one): EXIF from the original
 * with the orientation reset to 1 (the pixels are already upright), the pixel dimensions set to the result's, and
 * the embedded thumbnail and maker notes left out (the thumbnail would show the un-retouched photo; maker notes are
 * private camera data); for {@link MetadataPolicy#FULL} also GPS, XMP and IPTC; and the ICC profile when the
 * result's pixels are still in the original's colour space. Segments are read with TwelveMonkeys' metadata library;
 * a PNG result gets them as PNG chunks ({@link PngChunks}). Originals other than JPEG keep their metadata to
 * themselves (their results go out bare).
 */
public final class MetadataTransfer {

    private static final int APP1 = 0xFFE1, APP2 = 0xFFE2, APP13 = 0xFFED;
    private static final String XMP_ID = "http://ns.adobe.com/xap/1.0/";
    private static final int TAG_MAKER_NOTE = 37500, TAG_PIXEL_X = 40962, TAG_PIXEL_Y = 40963;
    /** What "Basic" keeps: who, when, with what camera and lens, how exposed. */
    private static final Set<Integer> BASIC_IFD0 = Set.of(271, 272, 305, 306, 315, 33432, TIFF.TAG_EXIF_IFD);
    private static final Set<Integer> BASIC_EXIF = Set.of(33434, 33437, 34850, 34855, 36864, 36867, 36868, 36880,
            36881, 36882, 37377, 37378, 37380, 37383, 37385, 37386, 41986, 41987, 41989, 42033, 42034, 42035, 42036,
            TAG_PIXEL_X, TAG_PIXEL_Y);

    private MetadataTransfer() {
    }

    /**
     * The result with the original's metadata, per {@code policy}; the result unchanged when there is nothing to copy,
     * the original is not a JPEG or the result is neither JPEG nor PNG. Never throws for broken metadata: the retouch
     * is worth more than its tags.
     */
    public static byte[] apply(byte[] result, byte[] original, MetadataPolicy policy, boolean sameColourSpace,
                               int width, int height) {
        boolean png = isPng(result);
        if (policy == MetadataPolicy.NONE || !isJpeg(original) || !(png || isJpeg(result))) {
            return result;
        }
        try {
            List<Kept> kept = keptSegments(original, policy, sameColourSpace, width, height);
            if (kept.isEmpty()) {
                return result;
            }
            return png ? toPng(result, kept) : insertAfterJfif(result, kept.stream().map(k -> segment(k.marker(), k.payload())).toList());
        } catch (IOException | RuntimeException e) {
            System.getLogger(MetadataTransfer.class.getName()).log(System.Logger.Level.WARNING,
                    "Metadata not copied: {0}", e.toString());
            return result;
        }
    }

    /**
     * A JPEG or PNG with an ICC profile embedded: APP2 "ICC_PROFILE" segments (split into numbered pieces as ICC.1
     * Annex B.4 says) or an {@code iCCP} chunk.
     */
    static byte[] withProfile(byte[] encoded, byte[] profile) {
        if (isPng(encoded)) {
            return PngChunks.insertAfterHeader(encoded, List.of(PngChunks.iccProfile(profile)));
        }
        int piece = 65519 - 16;
        int count = (profile.length + piece - 1) / piece;
        List<byte[]> segments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int from = i * piece, to = Math.min(profile.length, from + piece);
            byte[] payload = new byte[14 + to - from];
            System.arraycopy("ICC_PROFILE".getBytes(StandardCharsets.US_ASCII), 0, payload, 0, 11);
            payload[12] = (byte) (i + 1);
            payload[13] = (byte) count;
            System.arraycopy(profile, from, payload, 14, to - from);
            segments.add(segment(APP2, payload));
        }
        try {
            return insertAfterJfif(encoded, segments);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // in memory
        }
    }

    /** One of the original's segments that goes onto the result, already edited (EXIF, XMP), with its JPEG marker. */
    private record Kept(int marker, String id, byte[] payload) {
    }

    /** What the policy keeps of the original's segments, in their order: EXIF; XMP and IPTC (Full); ICC (same space). */
    private static List<Kept> keptSegments(byte[] original, MetadataPolicy policy, boolean sameColourSpace,
                                           int width, int height) throws IOException {
        List<Kept> kept = new ArrayList<>();
        for (JPEGSegment segment : segments(original)) {
            byte[] payload = segment.segmentData().readAllBytes();
            String id = segment.identifier() == null ? "" : segment.identifier();
            if (segment.marker() == APP1 && id.equals("Exif")) {
                kept.add(new Kept(APP1, id, exif(payload, policy, width, height)));
            } else if (policy == MetadataPolicy.FULL && segment.marker() == APP1 && id.equals(XMP_ID)) {
                kept.add(new Kept(APP1, id, uprightXmp(payload)));
            } else if (policy == MetadataPolicy.FULL && segment.marker() == APP13 && id.startsWith("Photoshop")) {
                kept.add(new Kept(APP13, id, payload));
            } else if (sameColourSpace && segment.marker() == APP2 && id.equals("ICC_PROFILE")) {
                kept.add(new Kept(APP2, id, payload));
            }
        }
        return kept;
    }

    /**
     * The same for a PNG result, in PNG's own chunks placed after the header: EXIF as {@code eXIf}, XMP as an
     * {@code iTXt} "XML:com.adobe.xmp", the ICC profile (its JPEG pieces joined) as {@code iCCP}. IPTC has no standard
     * PNG chunk and is left out (its keywords and captions are usually in the XMP too).
     */
    private static byte[] toPng(byte[] png, List<Kept> kept) {
        List<byte[]> chunks = new ArrayList<>();
        ByteArrayOutputStream icc = new ByteArrayOutputStream();
        for (Kept k : kept) {
            byte[] p = k.payload();
            switch (k.id()) {
                case "Exif" -> chunks.add(PngChunks.chunk("eXIf", java.util.Arrays.copyOfRange(p, 6, p.length))); // after "Exif\0\0"
                case XMP_ID -> chunks.add(PngChunks.xmp(java.util.Arrays.copyOfRange(p, XMP_ID.length() + 1, p.length)));
                case "ICC_PROFILE" -> icc.write(p, 14, p.length - 14); // after "ICC_PROFILE\0", sequence number and count
                default -> { } // IPTC
            }
        }
        if (icc.size() > 0) {
            chunks.addFirst(PngChunks.iccProfile(icc.toByteArray()));
        }
        return chunks.isEmpty() ? png : PngChunks.insertAfterHeader(png, chunks);
    }

    private static List<JPEGSegment> segments(byte[] jpeg) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            return JPEGSegmentUtil.readSegments(in, JPEGSegmentUtil.APP_SEGMENTS);
        }
    }

    /**
     * The original's EXIF payload, edited in place: orientation set to 1, pixel dimensions set to the result's, the
     * link to the thumbnail (IFD1) cut, and entries dropped from the tables (maker note; for Basic everything but
     * the camera, date, lens and exposure). Editing in place keeps every value where it was, so offsets inside the
     * block (maker notes, GPS) stay valid; TwelveMonkeys' TIFF writer was tried first, but it leaves out the
     * next-IFD field of sub-directories, which other readers then misread.
     */
    static byte[] exif(byte[] payload, MetadataPolicy policy, int width, int height) {
        byte[] copy = payload.clone();
        final int base = 6; // after "Exif\0\0"
        ByteBuffer tiff = ByteBuffer.wrap(copy);
        tiff.order(copy[base] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        boolean basic = policy == MetadataPolicy.BASIC;
        int ifd0 = base + tiff.getInt(base + 4);
        int exifIfd = -1;
        for (int[] entry : entries(tiff, ifd0)) {
            if (entry[0] == TIFF.TAG_EXIF_IFD) {
                exifIfd = base + tiff.getInt(entry[1] + 8);
            }
        }
        rewrite(tiff, ifd0, tag -> tag != TIFF.TAG_INTEROP_IFD && (!basic || BASIC_IFD0.contains(tag) || tag == TIFF.TAG_ORIENTATION),
                (tag, at) -> {
                    if (tag == TIFF.TAG_ORIENTATION) {
                        tiff.putShort(at + 8, (short) 1);
                    }
                });
        if (exifIfd > 0) {
            rewrite(tiff, exifIfd, tag -> tag != TAG_MAKER_NOTE && (!basic || BASIC_EXIF.contains(tag)), (tag, at) -> {
                if (tag == TAG_PIXEL_X || tag == TAG_PIXEL_Y) {
                    int value = tag == TAG_PIXEL_X ? width : height;
                    if (tiff.getShort(at + 2) == TIFF.TYPE_SHORT) {
                        tiff.putShort(at + 8, (short) value);
                    } else {
                        tiff.putInt(at + 8, value);
                    }
                }
            });
        }
        return copy;
    }

    /** The (tag, position) of each entry of the IFD at {@code ifd}. */
    private static List<int[]> entries(ByteBuffer tiff, int ifd) {
        int count = Short.toUnsignedInt(tiff.getShort(ifd));
        if (ifd + 2 + count * 12 + 4 > tiff.limit()) {
            throw new IllegalArgumentException("EXIF directory runs past its segment");
        }
        List<int[]> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = ifd + 2 + i * 12;
            list.add(new int[]{Short.toUnsignedInt(tiff.getShort(at)), at});
        }
        return list;
    }

    /** Keeps the entries {@code keep} accepts (compacted, in order), edits them, and ends the chain here. */
    private static void rewrite(ByteBuffer tiff, int ifd, java.util.function.IntPredicate keep, EntryEdit edit) {
        List<byte[]> kept = new ArrayList<>();
        for (int[] entry : entries(tiff, ifd)) {
            if (keep.test(entry[0])) {
                byte[] bytes = new byte[12];
                tiff.get(entry[1], bytes);
                kept.add(bytes);
            }
        }
        tiff.putShort(ifd, (short) kept.size());
        for (int i = 0; i < kept.size(); i++) {
            int at = ifd + 2 + i * 12;
            tiff.put(at, kept.get(i));
            edit.apply(Short.toUnsignedInt(tiff.getShort(at)), at);
        }
        tiff.putInt(ifd + 2 + kept.size() * 12, 0); // no next directory: the thumbnail (IFD1) is left behind
    }

    private interface EntryEdit {
        void apply(int tag, int at);
    }

    /** XMP may state an orientation too; the result is upright. */
    private static byte[] uprightXmp(byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        String fixed = text.replaceAll("tiff:Orientation=\"\\d\"", "tiff:Orientation=\"1\"")
                .replaceAll("<tiff:Orientation>\\d</tiff:Orientation>", "<tiff:Orientation>1</tiff:Orientation>");
        return fixed.equals(text) ? payload : fixed.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] segment(int marker, byte[] payload) {
        if (payload.length + 2 > 0xFFFF) {
            throw new IllegalArgumentException("metadata segment too large for JPEG: " + payload.length);
        }
        byte[] out = new byte[payload.length + 4];
        out[0] = (byte) 0xFF;
        out[1] = (byte) (marker & 0xFF);
        out[2] = (byte) ((payload.length + 2) >> 8);
        out[3] = (byte) (payload.length + 2);
        System.arraycopy(payload, 0, out, 4, payload.length);
        return out;
    }

    /** Start of image, the result's own JFIF header if it has one, then the copied segments, then the rest. */
    private static byte[] insertAfterJfif(byte[] jpeg, List<byte[]> segments) throws IOException {
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 64 * 1024);
        out.write(jpeg, 0, at);
        for (byte[] segment : segments) {
            out.write(segment);
        }
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    private static boolean isPng(byte[] bytes) {
        return ImageFormat.sniff(bytes).filter(f -> f == ImageFormat.PNG).isPresent();
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length > 4 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
    }

    /** For tests: the segment payloads of a JPEG. */
    static List<byte[]> payloads(byte[] jpeg, int marker) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (JPEGSegment s : segments(jpeg)) {
            if (s.marker() == marker) {
                try (InputStream in = s.segmentData()) {
                    out.add(in.readAllBytes());
                }
            }
        }
        return out;
    }
}
