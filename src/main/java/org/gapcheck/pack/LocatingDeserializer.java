package org.gapcheck.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;

/**
 * Records the start of every pack object it reads into the {@link Locations} passed as a reader
 * attribute, so that problems found after parsing still point at a line.
 */
final class LocatingDeserializer extends DelegatingDeserializer {

    LocatingDeserializer(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new LocatingDeserializer(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        Object value = super.deserialize(parser, context);
        if (value != null && context.getAttribute(Locations.class) instanceof Locations locations) {
            locations.put(value, start.getLineNr(), start.getColumnNr());
        }
        return value;
    }

    /** Wraps the deserializers of Gapcheck's own types only. */
    static final class Modifier extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                      JsonDeserializer<?> deserializer) {
            return description.getBeanClass().getName().startsWith("org.gapcheck.")
                    ? new LocatingDeserializer(deserializer)
                    : deserializer;
        }
    }
}
