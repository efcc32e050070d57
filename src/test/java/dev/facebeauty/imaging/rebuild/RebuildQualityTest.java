package dev.facebeauty.imaging.rebuild;

import dev.facebeauty.api.AilabClient;
import dev.facebeauty.api.ResultDownloader;
import dev.facebeauty.api.Sleeper;
import dev.facebeauty.engine.CloudEngine;
import dev.facebeauty.engine.LocalEngine;
import dev.facebeauty.engine.ProgressListener;
import dev.facebeauty.face.FaceAnalyzer;
import dev.facebeauty.imaging.ImageDecoder;
import dev.facebeauty.model.BeautyParameters;
import dev.facebeauty.serve.LocalApiServer;
import dev.facebeauty.testing.Fixtures;
import dev.facebeauty.testing.TestServices;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality figure: a large grainy portrait through the cloud path against the app's own {@code serve}
 * (which sees only the fitted upload, as the real service does), rebuilt at full size, compared with the built-in
 * engine's own full-size render of the same settings. The rebuild must be clearly closer to it than a bicubic
 * enlargement of the service's result, overall and on the pixels the retouch changed.
 */
class RebuildQualityTest {

    @Test
    void theRebuildIsClearlyCloserToAFullSizeRetouchThanAnEnlargement() throws Exception {
        var photo = ImageIO.read(Fixtures.photo("portrait-audrey.jpg").toFile());
        var large = RebuildTrial.largeGrainy(photo, 5200, 1);
        FaceAnalyzer faces = new FaceAnalyzer();
        String key = LocalApiServer.newKey();
        try (LocalApiServer server = LocalApiServer.start(0, key, new LocalEngine(new ImageDecoder(), faces), faces)) {
            HttpClient http = AilabClient.newHttpClient(Duration.ofSeconds(10));
            CloudEngine cloud = new CloudEngine(new AilabClient(http, URI.create(server.baseUrl()), key, TestServices.QUICK,
                    Sleeper.REAL, Duration.ofSeconds(60)), new ResultDownloader(http, ResultDownloader.DEFAULT_MAX_BYTES,
                    Duration.ofSeconds(30), TestServices.QUICK, Sleeper.REAL), Duration.ofSeconds(1), Duration.ofMinutes(5),
                    Sleeper.REAL, Clock.systemUTC());
            BeautyParameters natural = new BeautyParameters(40, 60, 30, 0, 20, 0, Optional.empty());

            RebuildTrial.Outcome o = RebuildTrial.run(large, natural,
                    (upload, p) -> cloud.beautify(upload, p, ProgressListener.NONE).bytes());

            double all = o.psnr(o.rebuilt(), false), allEnlarged = o.psnr(o.enlarged(), false);
            double retouched = o.psnr(o.rebuilt(), true), retouchedEnlarged = o.psnr(o.enlarged(), true);
            System.out.printf("Rebuild of a %d × %d portrait sent at %d × %d: %.2f dB (enlarged %.2f), retouched pixels "
                            + "%.2f dB (enlarged %.2f)%n", o.original().width(), o.original().height(), o.sentWidth(),
                    o.sentHeight(), all, allEnlarged, retouched, retouchedEnlarged);
            assertTrue(all > allEnlarged + 5, "overall " + all + " dB vs enlarged " + allEnlarged + " dB");
            assertTrue(retouched > retouchedEnlarged + 3, "retouched " + retouched + " dB vs enlarged " + retouchedEnlarged + " dB");
        }
    }
}
