package org.safeguarding.portal.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The development realm as the tests import it: the same file, with the port this run's service listens on added to
 * the web client's redirect and post-logout URIs when the realm does not already name it. The realm lists 8080, 8081
 * and 8091 to 8093; a run on another test port ({@code -Dquarkus.http.test-port}, for builds side by side) would
 * otherwise have every sign-in refused by Keycloak ("Invalid parameter: redirect_uri"). Nothing else changes.
 */
final class TestRealm {

    private TestRealm() {
    }

    /** {@code realm} itself when it already accepts {@code port}, else a copy under {@code folder} that does. */
    static Path acceptingPort(Path realm, int port, Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(realm.toFile());
        String uri = "http://localhost:" + port + "/*";
        boolean changed = false;
        for (var client : root.withArray("clients")) {
            if (!(client.get("redirectUris") instanceof ArrayNode redirects) || redirects.isEmpty()) {
                continue;
            }
            boolean listed = false;
            for (var redirect : redirects) {
                listed |= redirect.asText().equals(uri);
            }
            if (listed) {
                continue;
            }
            redirects.add(uri);
            ObjectNode attributes = ((ObjectNode) client).with("attributes");
            String logout = attributes.path("post.logout.redirect.uris").asText("");
            attributes.put("post.logout.redirect.uris", logout.isEmpty() ? uri : logout + "##" + uri);
            changed = true;
        }
        if (!changed) {
            return realm;
        }
        Files.createDirectories(folder);
        Path copy = folder.resolve(realm.getFileName());
        json.writerWithDefaultPrettyPrinter().writeValue(copy.toFile(), root);
        return copy;
    }
}
