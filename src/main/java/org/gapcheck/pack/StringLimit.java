package org.gapcheck.pack;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * Holds every string and key a parser reads to {@link Limits#MAX_YAML_STRING} characters. Jackson's
 * JSON parser enforces its {@code maxStringLength} itself; its YAML parser does not, so YAML is read
 * through this.
 */
final class StringLimit extends JsonParserDelegate {

    StringLimit(JsonParser parser) {
        super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = super.nextToken();
        if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) && getTextLength() > Limits.MAX_YAML_STRING) {
            throw new StreamConstraintsException("String value length (" + getTextLength() + ") exceeds the maximum allowed ("
                    + Limits.MAX_YAML_STRING + ")", currentTokenLocation());
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }
}
