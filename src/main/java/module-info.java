/** Face Beauty Studio: portrait retouching with AILabTools Face Beauty Pro. */
module dev.facebeauty {
    requires javafx.controls;
    // Transitive: the exported API speaks in BufferedImage and HttpClient.
    requires transitive java.desktop;
    requires transitive java.net.http;
    requires java.logging;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires info.picocli;
    requires metadata.extractor;
    requires java.keyring;
    requires com.twelvemonkeys.imageio.metadata;
    requires jdk.httpserver;

    exports dev.facebeauty.api;
    exports dev.facebeauty.engine;
    exports dev.facebeauty.face;
    exports dev.facebeauty.imaging;
    exports dev.facebeauty.jobs;
    exports dev.facebeauty.retouch;
    exports dev.facebeauty.serve;
    exports dev.facebeauty.settings;

    exports dev.facebeauty.ui to javafx.graphics;
    opens dev.facebeauty.ui to javafx.graphics;
    opens dev.facebeauty.cli to info.picocli;
    opens dev.facebeauty.jobs to com.fasterxml.jackson.databind;
}
