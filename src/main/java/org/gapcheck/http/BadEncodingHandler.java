package org.gapcheck.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.compression.DecompressionException;
import jakarta.inject.Singleton;
import java.util.List;

/** A body whose Content-Encoding (gzip, deflate) it is not in: the client's error, a 400. */
@Produces
@Singleton
final class BadEncodingHandler implements ExceptionHandler<DecompressionException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DecompressionException e) {
        String encoding = request.getHeaders().get("Content-Encoding");
        return new Problem("http/bad-content-encoding", "Body not in its declared encoding", 400,
                "The body is not valid " + (encoding == null ? "compressed data" : org.gapcheck.text.Printable.of(encoding))
                        + " as its Content-Encoding header says; send it compressed, or without the header.",
                request.getPath(), null, List.of()).response();
    }
}
