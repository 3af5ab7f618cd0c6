package org.gapcheck.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The check reads eight ASCII bytes at a time: invalid bytes are found wherever they fall against those words. */
class Utf8Test {

    @Test
    void anInvalidByteIsFoundAtEveryOffset() {
        for (int length = 1; length <= 40; length++) {
            for (int at = 0; at < length; at++) {
                byte[] b = new byte[length];
                Arrays.fill(b, (byte) 'a');
                b[at] = (byte) 0xc1; // an overlong lead byte: never valid
                assertEquals(at, Utf8.firstInvalid(b), "length " + length + ", invalid at " + at);
            }
        }
    }

    @Test
    void multiByteCharactersAcrossWordBoundariesAreValid() {
        for (int pad = 0; pad < 16; pad++) {
            byte[] b = ("a".repeat(pad) + "é中𝄞ü" + "b".repeat(pad)).getBytes(StandardCharsets.UTF_8);
            assertEquals(-1, Utf8.firstInvalid(b), "padding " + pad);
            byte[] cut = Arrays.copyOf(b, pad + 1 + 2); // "é" whole, "中" cut after its first two bytes
            assertEquals(pad + 2, Utf8.firstInvalid(cut), "padding " + pad);
        }
    }

    @Test
    void agreesWithTheJdksStrictDecoderOnRandomMostlyAsciiBytes() {
        Random random = new Random(15);
        for (int run = 0; run < 20_000; run++) {
            byte[] b = new byte[random.nextInt(48)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (random.nextInt(10) == 0 ? 0x80 + random.nextInt(0x80) : random.nextInt(0x80));
            }
            assertEquals(strictlyValid(b), Utf8.firstInvalid(b) < 0, () -> Arrays.toString(b));
        }
    }

    private static boolean strictlyValid(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
