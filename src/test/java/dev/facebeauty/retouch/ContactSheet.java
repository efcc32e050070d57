package dev.facebeauty.retouch;

import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceAnalyzer;
import dev.facebeauty.imaging.RgbImage;
import dev.facebeauty.model.BeautyParameters;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * For people to look at: every face of every photo in the given folders, the original beside each effect alone at
 * 100 and the first-start values, cropped to the face box grown 1.8×, in pages of ten faces; and the quality figures
 * per face printed as a table. Run by {@code bench/contact-sheet.sh OUT_PREFIX FOLDER...}.
 */
public final class ContactSheet {

    static final int TILE = 220;
    static final int FACES_PER_PAGE = 10;

    record Column(String label, BeautyParameters parameters) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("whitening 100", single(0, 100)), new Column("smoothing 100", single(1, 100)),
            new Column("thin face 100", single(2, 100)), new Column("shrink face 100", single(3, 100)),
            new Column("enlarge eye 100", single(4, 100)), new Column("remove brow 100", single(5, 100)),
            new Column("first start", BeautyParameters.firstStart()));

    static BeautyParameters single(int index, int value) {
        int[] v = new int[6];
        v[index] = value;
        return new BeautyParameters(v[0], v[1], v[2], v[3], v[4], v[5], Optional.empty());
    }

    public static void main(String[] args) throws IOException {
        Path prefix = Path.of(args[0]);
        List<Path> photos = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> files = Files.list(Path.of(args[i]))) {
                files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png)"))
                        .sorted().forEach(photos::add);
            }
        }
        FaceAnalyzer analyzer = new FaceAnalyzer();
        List<BufferedImage> rows = new ArrayList<>();
        System.out.printf("%-34s %6s %6s %6s %6s %6s %6s%n", "face", "seam", "dL*", "hue", "grain", "farThin", "farShr");
        for (Path file : photos) {
            BufferedImage read = ImageIO.read(file.toFile());
            if (read == null) {
                continue;
            }
            RgbImage photo = RgbImage.of(read);
            List<Face> faces = analyzer.analyze(photo);
            if (faces.isEmpty()) {
                RgbImage white = Retoucher.retouch(photo, faces, new BeautyParameters(100, 100, 0, 0, 0, 0, Optional.empty()));
                System.out.printf("%-34s no face; largest change at whitening+smoothing 100: %d%n", file.getFileName(), RetouchMetrics.maxChange(photo, white));
                continue;
            }
            List<RgbImage> results = COLUMNS.stream().map(c -> Retoucher.retouch(photo, faces, c.parameters())).toList();
            for (int f = 0; f < faces.size(); f++) {
                Face face = faces.get(f);
                String name = file.getFileName() + "#" + (f + 1);
                RetouchMetrics.Tone tone = RetouchMetrics.tone(photo, results.get(0), face);
                System.out.printf(Locale.ROOT, "%-34s %6.2f %6.2f %6.2f %6.2f %6.2f %6.2f%n", name,
                        RetouchMetrics.seam(photo, results.get(0), face), tone.deltaL(), tone.hueShift(),
                        RetouchMetrics.browGrain(photo, results.get(5), face),
                        // Warped alone: a neighbour's own warp is not this face's far motion.
                        RetouchMetrics.farMotion(photo, Retoucher.retouch(photo, List.of(face), single(2, 100)), face),
                        RetouchMetrics.farMotion(photo, Retoucher.retouch(photo, List.of(face), single(3, 100)), face));
                rows.add(row(name, photo, results, face));
            }
        }
        for (int page = 0; page * FACES_PER_PAGE < rows.size(); page++) {
            List<BufferedImage> part = rows.subList(page * FACES_PER_PAGE, Math.min(rows.size(), (page + 1) * FACES_PER_PAGE));
            BufferedImage sheet = new BufferedImage(part.getFirst().getWidth(), 24 + part.size() * part.getFirst().getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = sheet.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString("original", 8, 17);
            for (int c = 0; c < COLUMNS.size(); c++) {
                g.drawString(COLUMNS.get(c).label(), (c + 1) * TILE + 8, 17);
            }
            for (int r = 0; r < part.size(); r++) {
                g.drawImage(part.get(r), 0, 24 + r * part.get(r).getHeight(), null);
            }
            g.dispose();
            Path out = Path.of(prefix + "-" + (page + 1) + ".jpg");
            ImageIO.write(sheet, "jpg", out.toFile());
            System.out.println("wrote " + out);
        }
    }

    private static BufferedImage row(String name, RgbImage photo, List<RgbImage> results, Face face) {
        Rectangle box = RetouchMetrics.grown(face, 1.8, photo.width(), photo.height());
        BufferedImage row = new BufferedImage(TILE * (COLUMNS.size() + 1), TILE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = row.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, row.getWidth(), row.getHeight());
        double scale = Math.min((double) (TILE - 4) / box.width, (double) (TILE - 4) / box.height);
        int dw = (int) (box.width * scale), dh = (int) (box.height * scale);
        List<RgbImage> all = new ArrayList<>();
        all.add(photo);
        all.addAll(results);
        for (int c = 0; c < all.size(); c++) {
            BufferedImage crop = all.get(c).toBufferedImage().getSubimage(box.x, box.y, box.width, box.height);
            g.drawImage(crop, c * TILE + 2, 2, dw, dh, null);
        }
        g.setColor(Color.YELLOW);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(name, 4, TILE - 6);
        g.dispose();
        return row;
    }
}
