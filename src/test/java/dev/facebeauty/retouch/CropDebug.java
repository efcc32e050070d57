package dev.facebeauty.retouch;

import dev.facebeauty.api.BeautyParameters;
import dev.facebeauty.face.Face;
import dev.facebeauty.face.FaceAnalyzer;
import dev.facebeauty.face.FaceRegions;
import dev.facebeauty.imaging.RgbImage;
import javax.imageio.ImageIO;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import java.util.Optional;

/** args: photo out w s t sh e b [region: brows|face] */
public class CropDebug {
    public static void main(String[] args) throws Exception {
        RgbImage photo = RgbImage.of(ImageIO.read(new File(args[0])));
        List<Face> faces = new FaceAnalyzer().analyze(photo);
        int[] v = new int[6];
        for (int i = 0; i < 6; i++) v[i] = Integer.parseInt(args[2 + i]);
        RgbImage res = Retoucher.retouch(photo, faces, new BeautyParameters(v[0], v[1], v[2], v[3], v[4], v[5], Optional.empty()));
        BufferedImage a = photo.toBufferedImage(), b = res.toBufferedImage();
        BufferedImage out = null;
        for (Face face : faces) {
            Rectangle r;
            if (args.length > 8 && args[8].equals("brows")) {
                Rectangle2D br = face.bounds(FaceRegions.RIGHT_BROW).createUnion(face.bounds(FaceRegions.LEFT_BROW));
                double m = br.getHeight() * 1.5;
                r = new Rectangle((int) (br.getX() - m), (int) (br.getY() - m), (int) (br.getWidth() + 2 * m), (int) (br.getHeight() + 2 * m));
            } else {
                r = RetouchMetrics.grown(face, 1.8, photo.width(), photo.height());
            }
            r = r.intersection(new Rectangle(0, 0, photo.width(), photo.height()));
            int scale = Math.max(1, 500 / r.width);
            BufferedImage pair = new BufferedImage(r.width * scale * 2 + 4, r.height * scale, BufferedImage.TYPE_INT_RGB);
            var g = pair.createGraphics();
            g.drawImage(a.getSubimage(r.x, r.y, r.width, r.height), 0, 0, r.width * scale, r.height * scale, null);
            g.drawImage(b.getSubimage(r.x, r.y, r.width, r.height), r.width * scale + 4, 0, r.width * scale, r.height * scale, null);
            g.dispose();
            if (out == null) out = pair; else {
                BufferedImage both = new BufferedImage(Math.max(out.getWidth(), pair.getWidth()), out.getHeight() + pair.getHeight() + 4, BufferedImage.TYPE_INT_RGB);
                var g2 = both.createGraphics(); g2.drawImage(out, 0, 0, null); g2.drawImage(pair, 0, out.getHeight() + 4, null); g2.dispose(); out = both;
            }
        }
        ImageIO.write(out, "png", new File(args[1]));
    }
}
