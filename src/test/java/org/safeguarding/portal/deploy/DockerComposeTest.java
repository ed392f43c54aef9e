package org.safeguarding.portal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Nobody can run docker-compose.yml on these machines (no Docker engine), so this test keeps the deployment
 * description honest: the services, ports and mounts the README promises, and no secret written into it.
 * Paths are relative to the repository root, where Maven runs the tests.
 */
class DockerComposeTest {

    private static final Path COMPOSE_FILE = Path.of("docker-compose.yml");
    // A variable holds a secret when a word of its name says so (KEY as a word: PORTAL_KEYCLOAK_URL is no secret).
    private static final Pattern SECRET_NAME = Pattern.compile("(?:^|_)(?:PASSWORD|SECRET|KEY|KEYSET)(?:_|$)");
    // A whole-value compose interpolation: ${NAME}, ${NAME:?message}, ${NAME:-default} and the like.
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(?:[:?+-][^}]*)?}");

    private static JsonNode services;

    @BeforeAll
    static void readCompose() throws IOException {
        services = new YAMLMapper().readTree(COMPOSE_FILE.toFile()).path("services");
    }

    @Test
    void composeDescribesPostgresKeycloakAndThePortal() {
        assertTrue(services.has("postgres"), "postgres service");
        assertTrue(services.has("keycloak"), "keycloak service");
        assertTrue(services.has("portal"), "portal service");
    }

    @Test
    void composeDeploysTheSamePostgresMajorVersionTheTestsRunOn() {
        String image = services.path("postgres").path("image").asText();
        assertTrue(image.matches("postgres:17([.\\-].*)?"), "postgres image must be major 17, was " + image);
    }

    @Test
    void composePublishesTheDatabaseKeycloakAndPortalPorts() {
        assertTrue(publishedPorts("postgres").contains("5432:5432"));
        assertTrue(publishedPorts("keycloak").contains("8180:8180"));
        assertTrue(publishedPorts("portal").contains("8080:8080"));
    }

    @Test
    void composeMountsTheRealmIntoKeycloaksImportFolder() {
        List<String> volumes = new ArrayList<>();
        services.path("keycloak").path("volumes").forEach(v -> volumes.add(v.asText()));
        assertTrue(volumes.stream().anyMatch(v -> v.startsWith("./keycloak-realm:/opt/keycloak/data/import")),
                "keycloak must mount ./keycloak-realm at /opt/keycloak/data/import, volumes were " + volumes);
    }

    @Test
    void composeStartsKeycloakWithTheRealmImport() {
        assertTrue(command("keycloak").contains("--import-realm"), "keycloak command must import the realm");
    }

    @Test
    void composeBuildsThePortalFromTheJvmDockerfileInTheRepository() {
        JsonNode build = services.path("portal").path("build");
        assertEquals(".", build.path("context").asText());
        String dockerfile = build.path("dockerfile").asText();
        assertEquals("src/main/docker/Dockerfile.jvm", dockerfile);
        assertTrue(Files.isRegularFile(Path.of(dockerfile)), dockerfile + " must exist");
    }

    @Test
    void composeWritesNoSecretLiterally() {
        // An empty value fails too: the service would start without its secret instead of refusing to.
        List<String> literals = new ArrayList<>();
        services.properties().forEach(service -> environment(service.getValue()).forEach((name, value) -> {
            if (SECRET_NAME.matcher(name).find() && !REFERENCE.matcher(value).matches()) {
                literals.add(service.getKey() + "." + name);
            }
        }));
        assertTrue(literals.isEmpty(), "secrets must come from ${...} references, found literals in " + literals);
    }

    @Test
    void theServiceConnectsAsItsOwnRoleAndFlywayAsTheOwnerWithTheChecksOutsideTheDatabase() throws IOException {
        var portal = environment(services.path("portal"));
        assertEquals("portal_app", portal.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(services.path("postgres").path("environment").path("POSTGRES_USER").asText(),
                portal.get("QUARKUS_FLYWAY_USERNAME"), "Flyway migrates as the schema's owner");
        String initScript = Files.readString(Path.of("deploy/postgres/create-app-role.sh"));
        assertTrue(initScript.contains("create role portal_app"), "the postgres image makes the service's role");
        assertTrue(volumes("postgres").contains("./deploy/postgres:/docker-entrypoint-initdb.d:ro"));
        String checkpoints = portal.get("PORTAL_AUDIT_CHECKPOINT_FILE");
        assertTrue(volumes("portal").stream().anyMatch(v -> checkpoints.startsWith(v.substring(v.indexOf(':') + 1))),
                "the audit checkpoints are written to a volume: " + checkpoints);
    }

    private static List<String> volumes(String service) {
        List<String> volumes = new ArrayList<>();
        services.path(service).path("volumes").forEach(v -> volumes.add(v.asText()));
        return volumes;
    }

    private static List<String> publishedPorts(String service) {
        List<String> ports = new ArrayList<>();
        services.path(service).path("ports").forEach(p -> ports.add(p.asText()));
        return ports;
    }

    private static String command(String service) {
        JsonNode command = services.path(service).path("command");
        if (command.isArray()) {
            List<String> parts = new ArrayList<>();
            command.forEach(part -> parts.add(part.asText()));
            return String.join(" ", parts);
        }
        return command.asText();
    }

    /** The environment of a service as name to value, whether compose lists it as a map or as NAME=value. */
    private static Map<String, String> environment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isObject()) {
            node.properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
        } else if (node.isArray()) {
            node.forEach(entry -> {
                String[] nameAndValue = entry.asText().split("=", 2);
                env.put(nameAndValue[0], nameAndValue.length > 1 ? nameAndValue[1] : "");
            });
        }
        return env;
    }
}
