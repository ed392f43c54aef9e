package org.safeguarding.portal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Nobody can run the compose files on these machines (no Docker engine), so this test holds the properties that make
 * docker-compose.yml production-like (docs/deployment.md, "With Docker"): Keycloak in production mode with the
 * production realm only, on its own database; every image at an exact version; no database port published; health
 * checks and start order on them; every secret and setting from .env. And docker-compose.trial.yml, layered on top,
 * says it is a trial and is the only file with the development realm and a mail catcher.
 * Paths are relative to the repository root, where Maven runs the tests.
 */
class DockerComposeTest {

    private static final Path COMPOSE_FILE = Path.of("docker-compose.yml");
    private static final Path TRIAL_FILE = Path.of("docker-compose.trial.yml");
    private static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");
    private static final Path DEV_REALM = Path.of("keycloak-realm/portal-realm.json");
    private static final String PRODUCTION_REALM = "./keycloak-realm/production/portal-realm.json";
    private static final String KEYCLOAK_IMPORT = "/opt/keycloak/data/import";
    // A whole-value compose interpolation: ${NAME}, ${NAME:?message}, ${NAME:-default} and the like.
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:[:?+-][^}]*)?}");
    // An exact release: digits with at least one dot (17.6, 26.7.3, v1.30.0), then an optional variant (-bookworm).
    private static final Pattern EXACT_TAG = Pattern.compile("v?\\d+\\.\\d+(\\.\\d+)*(-[a-z0-9.]+)?");

    private static JsonNode services;
    private static JsonNode trialServices;

    @BeforeAll
    static void readCompose() throws IOException {
        services = new YAMLMapper().readTree(COMPOSE_FILE.toFile()).path("services");
        trialServices = new YAMLMapper().readTree(TRIAL_FILE.toFile()).path("services");
    }

    @Test
    void composeDescribesPostgresKeycloakAndThePortal() {
        assertTrue(services.has("postgres"), "postgres service");
        assertTrue(services.has("keycloak"), "keycloak service");
        assertTrue(services.has("portal"), "portal service");
    }

    // --- Keycloak: production mode, production realm, its own database ---------------------------------------------

    @Test
    void keycloakStartsInProductionModeAndImportsTheProductionRealmOnly() throws IOException {
        List<String> command = command("keycloak");
        assertEquals("start", command.get(0), "Keycloak runs `start`, was " + command);
        assertTrue(command.contains("--import-realm"), "Keycloak imports the realm");
        assertFalse(Files.readString(COMPOSE_FILE).contains("start-dev"), "no start-dev anywhere in the main file");
        assertFalse(command.contains("--optimized"), "--optimized needs a pre-built image, which this file does not make");
        List<String> imports = mountsUnder(volumes(services, "keycloak"), KEYCLOAK_IMPORT);
        assertEquals(List.of(PRODUCTION_REALM + ":" + KEYCLOAK_IMPORT + "/portal-realm.json:ro"), imports,
                "the production realm file alone is mounted for import");
        assertNoMountReaches(services, DEV_REALM);
        Map<String, String> keycloak = environment(services.path("keycloak"));
        assertEquals("true", keycloak.get("KC_HEALTH_ENABLED"), "the health endpoints are on (management port)");
        assertEquals("true", keycloak.get("KC_HTTP_ENABLED"), "plain HTTP behind the TLS proxy");
        assertEquals("xforwarded", keycloak.get("KC_PROXY_HEADERS"));
        assertReference(keycloak, "KC_PROXY_TRUSTED_ADDRESSES");
        assertReference(keycloak, "KC_HOSTNAME");
        // The production realm's placeholders are filled from .env.
        assertReference(keycloak, "PORTAL_WEB_CLIENT_SECRET");
        assertReference(keycloak, "PORTAL_PUBLIC_URL");
    }

    @Test
    void keycloakHasItsOwnDatabaseAndRoleMadeByTheInitScripts() throws IOException {
        Map<String, String> keycloak = environment(services.path("keycloak"));
        assertEquals("postgres", keycloak.get("KC_DB"));
        String url = keycloak.get("KC_DB_URL");
        String database = url.substring(url.lastIndexOf('/') + 1);
        String role = keycloak.get("KC_DB_USERNAME");
        Map<String, String> postgres = environment(services.path("postgres"));
        assertFalse(database.equals(postgres.get("POSTGRES_DB")), "not the portal's database: " + url);
        assertFalse(Set.of(postgres.get("POSTGRES_USER"), "portal_app").contains(role), "not a portal role: " + role);
        assertTrue(url.startsWith("jdbc:postgresql://postgres:5432/"), url);
        String scripts = initScripts();
        assertTrue(scripts.contains("create role " + role + " login password :'"), "an init script makes " + role);
        assertTrue(scripts.contains("create database " + database + " owner " + role), "and its database");
        assertReference(postgres, "KC_DB_PASSWORD");
        assertReference(keycloak, "KC_DB_PASSWORD");
    }

    // --- Versions ------------------------------------------------------------------------------------------------

    @Test
    void everyImageIsPinnedToAnExactVersion() throws IOException {
        List<String> images = new ArrayList<>();
        Stream.of(services, trialServices).forEach(file -> file.properties().forEach(service -> {
            if (service.getValue().has("image")) {
                images.add(service.getValue().path("image").asText());
            }
        }));
        Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(Files.readString(DOCKERFILE));
        while (from.find()) {
            images.add(from.group(1));
        }
        assertTrue(images.size() >= 4, "postgres, keycloak, mailpit and the Dockerfile's base: " + images);
        for (String image : images) {
            String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
            assertTrue(EXACT_TAG.matcher(tag).matches() && !tag.contains("latest"),
                    image + " must name an exact version, not a floating tag");
        }
    }

    @Test
    void postgresAndKeycloakAreTheReleasesTheTestsRunOn() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String binaries = property(pom, "postgres-binaries.version").replaceAll("\\.0$", "");
        assertTrue(services.path("postgres").path("image").asText().startsWith("postgres:" + binaries + "-"),
                "postgres image is " + binaries + " like the tests' embedded binaries");
        assertEquals("quay.io/keycloak/keycloak:" + property(pom, "keycloak.version"),
                services.path("keycloak").path("image").asText());
    }

    // --- Ports and health ------------------------------------------------------------------------------------------

    @Test
    void noDatabasePortAndNoManagementPortIsPublished() {
        Stream.of(services, trialServices).forEach(file -> {
            assertTrue(file.path("postgres").path("ports").isMissingNode(), "the database publishes no port");
            file.properties().forEach(service -> publishedPorts(file, service.getKey()).forEach(port -> {
                assertFalse(port.endsWith(":5432") || port.equals("5432"), service.getKey() + " publishes " + port);
                assertFalse(port.endsWith(":9000"), service.getKey() + " publishes its management port: " + port);
            }));
        });
        // The main file's ports are for the TLS proxy on the same host, never for the network.
        services.properties().forEach(service -> publishedPorts(services, service.getKey()).forEach(port ->
                assertTrue(port.startsWith("127.0.0.1:"), service.getKey() + " publishes " + port + " beyond the host")));
    }

    @Test
    void everyServiceHasAHealthCheckAndStartsOnlyOnceWhatItNeedsIsHealthy() {
        services.properties().forEach(service -> assertHealthCheck(service.getKey(), service.getValue()));
        trialServices.properties().forEach(service -> {
            if (!services.has(service.getKey())) {
                assertHealthCheck(service.getKey(), service.getValue());
            }
        });
        Stream.of(services, trialServices).forEach(file -> file.properties().forEach(service ->
                service.getValue().path("depends_on").properties().forEach(dependency -> assertEquals("service_healthy",
                        dependency.getValue().path("condition").asText(),
                        service.getKey() + " waits for " + dependency.getKey() + " to be healthy"))));
        assertEquals(Set.of("postgres", "keycloak"), dependencies("portal"));
        assertEquals(Set.of("postgres"), dependencies("keycloak"));
        assertTrue(healthCheck(services, "postgres").contains("pg_isready"));
        String keycloak = healthCheck(services, "keycloak");
        assertTrue(keycloak.contains("/dev/tcp/127.0.0.1/9000") && keycloak.contains("GET /health/ready")
                && keycloak.contains("200"), "Keycloak's readiness on its management port (no curl in the image)");
        assertTrue(healthCheck(services, "portal").contains("http://localhost:9000/q/health/ready"),
                "the portal's readiness on its management port");
    }

    // --- Secrets and settings ----------------------------------------------------------------------------------------

    @Test
    void composeWritesNoSecretLiterally() {
        // An empty value fails too: the service would start without its secret instead of refusing to.
        List<String> literals = new ArrayList<>();
        Stream.of(services, trialServices).forEach(file -> file.properties().forEach(service ->
                environment(service.getValue()).forEach((name, value) -> {
                    if (ProductionSettings.isSecret(name) && !REFERENCE.matcher(value).matches()) {
                        literals.add(service.getKey() + "." + name);
                    }
                })));
        assertTrue(literals.isEmpty(), "secrets must come from ${...} references, found literals in " + literals);
    }

    @Test
    void thePortalGetsEverySettingTheProdProfileRequiresFromEnv() throws IOException {
        Map<String, String> portal = environment(services.path("portal"));
        assertEquals("prod", portal.get("QUARKUS_PROFILE"));
        for (String name : ProductionSettings.requiredByProdProfile()) {
            assertTrue(portal.containsKey(name), "the portal is given " + name);
        }
        portal.forEach((name, value) -> {
            // The checkpoint file is a path in the container, on the volume this file mounts (checked below).
            if (name.startsWith("PORTAL_") && !name.equals("PORTAL_AUDIT_CHECKPOINT_FILE")) {
                assertReference(portal, name);
            }
        });
    }

    @Test
    void everyVariableTheMainFileReadsIsInTheEnvExampleAndNoOther() throws IOException {
        Set<String> referenced = new TreeSet<>();
        Matcher reference = REFERENCE.matcher(Files.readString(COMPOSE_FILE));
        while (reference.find()) {
            referenced.add(reference.group(1));
        }
        assertEquals(referenced, new TreeSet<>(ProductionSettings.envExample().keySet()),
                ".env.example names exactly what docker-compose.yml reads");
    }

    @Test
    void theServiceConnectsAsItsOwnRoleAndFlywayAsTheOwnerWithTheChecksOutsideTheDatabase() throws IOException {
        var portal = environment(services.path("portal"));
        assertEquals("portal_app", portal.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(services.path("postgres").path("environment").path("POSTGRES_USER").asText(),
                portal.get("QUARKUS_FLYWAY_USERNAME"), "Flyway migrates as the schema's owner");
        assertTrue(initScripts().contains("create role portal_app"), "the postgres image makes the service's role");
        assertTrue(volumes(services, "postgres").contains("./deploy/postgres:/docker-entrypoint-initdb.d:ro"));
        String checkpoints = portal.get("PORTAL_AUDIT_CHECKPOINT_FILE");
        String mount = volumes(services, "portal").stream().map(v -> v.split(":")[1])
                .filter(checkpoints::startsWith).findFirst()
                .orElseThrow(() -> new AssertionError("the audit checkpoints are written to a volume: " + checkpoints));
        // A named volume takes its owner from the image's folder; without one it is root's, and user 185 could not
        // write a single checkpoint.
        String dockerfile = Files.readString(DOCKERFILE);
        assertTrue(dockerfile.contains("mkdir -p " + mount) && dockerfile.contains("chown 185 " + mount),
                "the image makes " + mount + " for its user");
    }

    @Test
    void composeBuildsThePortalFromTheJvmDockerfileInTheRepository() {
        JsonNode build = services.path("portal").path("build");
        assertEquals(".", build.path("context").asText());
        assertEquals(DOCKERFILE.toString(), build.path("dockerfile").asText());
        assertTrue(Files.isRegularFile(DOCKERFILE), DOCKERFILE + " must exist");
    }

    // --- The trial ------------------------------------------------------------------------------------------------

    @Test
    void theTrialSaysSoAtItsTopAndIsTheOnlyFileWithTheDevelopmentRealmAndMailpit() throws IOException {
        String firstLine = Files.readAllLines(TRIAL_FILE).get(0);
        assertTrue(firstLine.startsWith("# TRIAL ONLY"), "the trial file says so on its first line: " + firstLine);
        // The same mount target as the main file, so the trial replaces the production realm instead of adding one.
        assertEquals(List.of("./" + DEV_REALM + ":" + KEYCLOAK_IMPORT + "/portal-realm.json:ro"),
                mountsUnder(volumes(trialServices, "keycloak"), KEYCLOAK_IMPORT));
        assertTrue(trialServices.path("mailpit").path("image").asText().startsWith("axllent/mailpit:"));
        assertEquals("mailpit", environment(trialServices.path("portal")).get("PORTAL_SMTP_HOST"));
        String main = Files.readString(COMPOSE_FILE).toLowerCase();
        assertFalse(main.contains("mailpit") || main.contains("mailhog") || main.contains("mailcatcher"),
                "no mail catcher in the main file");
        assertFalse(main.contains("./keycloak-realm:") || main.contains("./keycloak-realm/portal-realm.json"),
                "no development realm in the main file");
    }

    // --- Reading the files -------------------------------------------------------------------------------------------

    private static void assertHealthCheck(String service, JsonNode definition) {
        JsonNode test = definition.path("healthcheck").path("test");
        assertTrue(test.isArray() && test.size() > 1 || test.isTextual() && !test.asText().isBlank(),
                service + " has a health check");
    }

    private static void assertReference(Map<String, String> environment, String name) {
        String value = environment.get(name);
        Matcher reference = REFERENCE.matcher(value == null ? "" : value);
        assertTrue(reference.matches(), name + " comes from .env, was " + value);
    }

    /** No bind mount's source is the development realm or a folder holding it. */
    private static void assertNoMountReaches(JsonNode file, Path devRealm) {
        Path realm = devRealm.toAbsolutePath().normalize();
        file.properties().forEach(service -> volumes(file, service.getKey()).forEach(volume -> {
            String source = volume.split(":")[0];
            if (source.startsWith(".") || source.startsWith("/")) {
                Path mounted = Path.of(source).toAbsolutePath().normalize();
                assertFalse(realm.startsWith(mounted), service.getKey() + " mounts the development realm: " + volume);
            }
        }));
    }

    private static List<String> mountsUnder(List<String> volumes, String target) {
        return volumes.stream().filter(v -> v.split(":").length > 1 && v.split(":")[1].startsWith(target)).toList();
    }

    private static String healthCheck(JsonNode file, String service) {
        List<String> parts = new ArrayList<>();
        file.path(service).path("healthcheck").path("test").forEach(part -> parts.add(part.asText()));
        return String.join(" ", parts);
    }

    private static Set<String> dependencies(String service) {
        Set<String> names = new TreeSet<>();
        services.path(service).path("depends_on").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String initScripts() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> scripts = Files.list(Path.of("deploy/postgres"))) {
            for (Path script : scripts.sorted().toList()) {
                all.append(Files.readString(script)).append('\n');
            }
        }
        return all.toString();
    }

    private static String property(String pom, String name) {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertTrue(value.find(), "pom.xml has " + name);
        return value.group(1);
    }

    private static List<String> volumes(JsonNode file, String service) {
        List<String> volumes = new ArrayList<>();
        file.path(service).path("volumes").forEach(v -> volumes.add(v.asText()));
        return volumes;
    }

    private static List<String> publishedPorts(JsonNode file, String service) {
        List<String> ports = new ArrayList<>();
        file.path(service).path("ports").forEach(p -> ports.add(p.asText()));
        return ports;
    }

    private static List<String> command(String service) {
        JsonNode command = services.path(service).path("command");
        List<String> parts = new ArrayList<>();
        if (command.isArray()) {
            command.forEach(part -> parts.add(part.asText()));
        } else {
            parts.addAll(List.of(command.asText().trim().split("\\s+")));
        }
        return parts;
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
