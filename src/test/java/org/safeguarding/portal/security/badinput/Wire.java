package org.safeguarding.portal.security.badinput;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends attacks exactly as built (raw paths, raw bytes, any content type or none) over one HTTP/1.1 client for the
 * whole run, never following redirects. Each request comes from its own client address (a trusted proxy's
 * X-Forwarded-For), so the per-client limits of other features never answer in place of the code under attack, and
 * the suite spends no other test's allowance. A request the service has not answered within {@link #PATIENCE} is a
 * failure of its own (a hung request holds a connection and a worker). A request that asks before sending its body
 * goes by {@link AskingFirst} instead, since this client cannot make one safely on JDK 17.
 */
final class Wire {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String root;
    private final Actors actors;
    private final AtomicInteger clients = new AtomicInteger();

    Wire(String root, Actors actors) {
        this.root = root.replaceFirst("/$", "");
        this.actors = actors;
    }

    Answer send(Attack attack) {
        Map<String, String> headers = new LinkedHashMap<>();
        int n = clients.incrementAndGet();
        headers.put("X-Forwarded-For", "10.77." + (n / 250 % 250) + "." + (n % 250 + 1));
        if (attack.contentType != null) {
            headers.put("Content-Type", attack.contentType);
        }
        if (attack.actorCredentials) {
            String credentials = attack.op.isApi() ? actors.apiAuthorization(attack.actor)
                    : actors.pageCookies(attack.actor);
            if (credentials != null) {
                headers.put(attack.op.isApi() ? "Authorization" : "Cookie", credentials);
            }
        }
        headers.putAll(attack.headers);
        if (attack.askFirst && attack.body != null) {
            AskingFirst.Exchange exchange = AskingFirst.send(URI.create(root), attack.method, attack.target, headers,
                    attack.body, PATIENCE);
            keepSessionOf(attack, exchange.setCookies());
            return exchange.answer();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + attack.target))
                .timeout(PATIENCE).method(attack.method, attack.body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(attack.body));
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            // The client's own timeout does not cover every wait: this one does.
            HttpResponse<byte[]> answer = pending.get(PATIENCE.toSeconds() + 1, TimeUnit.SECONDS);
            keepSessionOf(attack, answer.headers().allValues("Set-Cookie"));
            return new Answer(answer.statusCode(), answer.headers().firstValue("Location").orElse(null),
                    new String(answer.body(), StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            pending.cancel(true);
            return new Answer(-1, null, "no answer within " + PATIENCE.toSeconds() + " s");
        } catch (ExecutionException e) {
            // No answer at all (the connection closed under the request): reported as a failure of its own.
            return new Answer(-1, null, String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Nobody stays nobody: a session a public form opens (a receipt code) is not carried into later requests. */
    private void keepSessionOf(Attack attack, List<String> setCookies) {
        if (attack.actorCredentials && !attack.op.isApi() && attack.actor != Role.NONE) {
            actors.keepCookies(attack.actor, setCookies);
        }
    }
}
