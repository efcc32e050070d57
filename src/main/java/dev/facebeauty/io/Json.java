package dev.facebeauty.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one configured JSON mapper: the service's answers, the journal, settings, presets, the workspace, the model
 * graphs. Java time types as ISO-8601 text. Configured once and never changed, so it is safe to share across threads.
 */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Json() {
    }
}
