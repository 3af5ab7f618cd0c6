package org.gapcheck.app;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the delegation's pages: a Mustache template of {@code src/main/resources/app/} with the
 * language's messages as {@code t}, its tag and direction, and the page's own values. Answers are
 * never cached (they show a country's answers) and carry no script inline, as the policy requires.
 */
@Singleton
public final class Pages {

    public static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";
    private final DefaultMustacheFactory factory = new DefaultMustacheFactory("app");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** The page {@code template} (without {@code .mustache}) in the language of {@code messages}. */
    public MutableHttpResponse<String> render(HttpStatus status, String template, Messages messages, Map<String, Object> values) {
        Map<String, Object> view = new HashMap<>(values);
        view.put("t", messages.asMap());
        view.put("lang", messages.language());
        view.put("dir", messages.direction());
        view.put("otherLanguages", Languages.SUPPORTED.stream().filter(l -> !l.equals(messages.language())).map(l -> Map.of("tag", l,
                "name", Messages.of(l).get("language_name"))).toList());
        StringWriter out = new StringWriter();
        compiled.computeIfAbsent(template, name -> factory.compile(name + ".mustache")).execute(out, view);
        return HttpResponse.<String>status(status).contentType(HTML).header("Cache-Control", "no-store").body(out.toString());
    }

    /** A page that says only that nothing is here for the caller (404), as the API answers. */
    public MutableHttpResponse<String> notFound(Messages messages) {
        return message(HttpStatus.NOT_FOUND, messages, messages.get("not_found_title"), messages.get("not_found_text"));
    }

    /** A refused change as a page: "Page not found" where the caller sees nothing of it, else the refusal's words. */
    public MutableHttpResponse<String> refused(org.gapcheck.http.Refusal refused, Messages messages) {
        return refused.status() == 404 ? notFound(messages)
                : message(HttpStatus.valueOf(refused.status()), messages, messages.get("forbidden_title"), refused.getMessage());
    }

    /** A page of one heading and one paragraph. */
    public MutableHttpResponse<String> message(HttpStatus status, Messages messages, String title, String text) {
        return render(status, "message", messages, Map.of("title", title, "text", text));
    }

    /** Where a page sends whoever has no session: the sign-in form, and back here after it. */
    public static MutableHttpResponse<String> signIn(io.micronaut.http.HttpRequest<?> request) {
        return seeOther("/app/login?next=" + request.getPath());
    }

    /** 303 See Other to {@code path}: where a form post or a page without its caller goes next. */
    public static MutableHttpResponse<String> seeOther(String path) {
        return HttpResponse.<String>status(HttpStatus.SEE_OTHER).header("Location", path);
    }
}
