package io.github.digestlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;

/** How the JSON-based reports are written: indented for people, UTF-8 with non-ASCII text as it is. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // The caller opened the stream and closes it.
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private Json() {
    }

    static void write(Object value, OutputStream out) throws IOException {
        MAPPER.writeValue(out, value);
    }
}
