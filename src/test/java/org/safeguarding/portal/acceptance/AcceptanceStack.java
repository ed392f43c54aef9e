package org.safeguarding.portal.acceptance;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.net.ssl.SSLContext;

import org.safeguarding.portal.testing.Database;
import org.safeguarding.portal.testing.FreePorts;
import org.safeguarding.portal.testing.KeycloakServer;
import org.safeguarding.portal.testing.ProductionSecrets;
import org.safeguarding.portal.testing.SmtpSink;

/**
 * What a council runs the portal on, started once for the whole acceptance suite: PostgreSQL writing to disk (fsync
 * on), Keycloak over TLS with only the production realm and people created through its admin API, and an SMTP
 * listener for notices. Stopped when the test JVM ends.
 */
final class AcceptanceStack {

    static final Path FOLDER = Path.of("target", "acceptance").toAbsolutePath();

    private static AcceptanceStack running;

    final Database database;
    final KeycloakServer keycloak;
    final SmtpSink smtp;
    final SelfSignedCertificate certificate;
    final SSLContext trust;
    final Map<String, String> secrets;
    /** The portal's own port, fixed before Keycloak starts: the realm's redirect URLs are made from it. */
    final int portalPort;
    /** Keycloak's bootstrap administrator's password (the submission benchmark creates its survivors with it). */
    private String keycloakAdminPassword;
    final Person survivor = Person.named("sam.survivor", "Sam", "Survivor");
    final Person caseworker = Person.named("amira.caseworker", "Amira", "Caseworker");
    final Person secondCaseworker = Person.named("tom.caseworker", "Tom", "Caseworker");
    final Person boardMember = Person.named("bea.board", "Bea", "Board");
    /** Signs in only in the second-factor test, so no other sign-in waits for a fresh one-time code. */
    final Person newCaseworker = Person.named("nia.caseworker", "Nia", "Caseworker");

    private AcceptanceStack(Database database, KeycloakServer keycloak, SmtpSink smtp,
            SelfSignedCertificate certificate, Map<String, String> secrets, int portalPort) throws Exception {
        this.database = database;
        this.keycloak = keycloak;
        this.smtp = smtp;
        this.certificate = certificate;
        this.trust = certificate.trustingContext();
        this.secrets = secrets;
        this.portalPort = portalPort;
    }

    static synchronized AcceptanceStack get() throws Exception {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "acceptance-stack-stop"));
        }
        return running;
    }

    private static AcceptanceStack start() throws Exception {
        Path keycloakHome = Path.of(required("portal.keycloak.home"));
        Path realm = Path.of(required("portal.production.realm.file"));
        SelfSignedCertificate certificate = SelfSignedCertificate.create(FOLDER.resolve("tls"));
        Map<String, String> secrets = ProductionSecrets.generate();
        int portalPort = FreePorts.next();
        String adminPassword = randomHex();

        Map<String, String> keycloakEnvironment = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
                // The production realm's placeholders.
                ProductionSecrets.WEB_CLIENT_SECRET, secrets.get(ProductionSecrets.WEB_CLIENT_SECRET),
                ProductionSecrets.ACCOUNTS_CLIENT_SECRET, secrets.get(ProductionSecrets.ACCOUNTS_CLIENT_SECRET),
                "PORTAL_PUBLIC_URL", "http://localhost:" + portalPort);
        var startingKeycloak = CompletableFuture.supplyAsync(() -> {
            try {
                try {
                    return startKeycloak(keycloakHome, realm, certificate, keycloakEnvironment);
                } catch (KeycloakServer.Exited once) {
                    System.out.println("Keycloak ended before it was ready; starting it once more on new ports. "
                            + once.getMessage());
                    return startKeycloak(keycloakHome, realm, certificate, keycloakEnvironment);
                }
            } catch (Exception e) {
                throw new IllegalStateException("Keycloak did not start; see " + FOLDER.resolve("keycloak.log"), e);
            }
        });
        Database database = Database.durable(FreePorts.next());
        // The audit chain's anchor outside the database belongs to this run's database, new with it.
        java.nio.file.Files.deleteIfExists(FOLDER.resolve("audit-checkpoints.jsonl"));
        SmtpSink smtp = SmtpSink.start(FreePorts.next());
        KeycloakServer keycloak = startingKeycloak.join();

        AcceptanceStack stack = new AcceptanceStack(database, keycloak, smtp, certificate, secrets, portalPort);
        stack.keycloakAdminPassword = adminPassword;
        KeycloakAdmin admin = KeycloakAdmin.signIn(stack.https(), keycloak.url(), "admin", adminPassword);
        admin.createUser(stack.survivor, "survivor");
        admin.createUser(stack.caseworker, "caseworker");
        admin.createUser(stack.secondCaseworker, "caseworker");
        admin.createUser(stack.boardMember, "board");
        admin.createUser(stack.newCaseworker, "caseworker");
        return stack;
    }

    private static KeycloakServer startKeycloak(Path home, Path realm, SelfSignedCertificate certificate,
            Map<String, String> environment) throws Exception {
        return KeycloakServer.startWithTls(home, realm, FreePorts.next(), FreePorts.next(), FreePorts.next(),
                certificate.keyStore(), certificate.password(), certificate.trustingContext(), environment,
                FOLDER.resolve("keycloak.log"));
    }

    /** An HTTP client that trusts this run's Keycloak certificate. */
    HttpClient https() {
        return HttpClient.newBuilder().sslContext(trust).connectTimeout(Duration.ofSeconds(5)).build();
    }

    String keycloakAdminPassword() {
        return keycloakAdminPassword;
    }

    String publicUrl() {
        return "http://localhost:" + portalPort;
    }

    /**
     * Everything docs/deployment.md asks of a production start, as environment variables, for a service on {@code
     * port}. The one test-only setting: the SMTP listener speaks plain SMTP, so STARTTLS (required by the prod
     * profile) is turned off here, as the profile-specific override {@code %prod.quarkus.mailer.start-tls}.
     */
    Map<String, String> portalEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        // The service as the application role; Flyway as the owner of the schema (docs/deployment.md).
        environment.put("QUARKUS_DATASOURCE_USERNAME", Database.APP_USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", Database.APP_PASSWORD);
        environment.put("QUARKUS_FLYWAY_USERNAME", database.username());
        environment.put("QUARKUS_FLYWAY_PASSWORD", database.password());
        environment.put("PORTAL_AUDIT_CHECKPOINT_FILE", FOLDER.resolve("audit-checkpoints.jsonl").toString());
        environment.put("PORTAL_KEYCLOAK_URL", keycloak.url());
        environment.putAll(secrets);
        environment.put("PORTAL_PUBLIC_URL", publicUrl());
        environment.put("PORTAL_SMTP_HOST", "localhost");
        environment.put("PORTAL_SMTP_PORT", String.valueOf(smtp.port()));
        environment.put("_PROD_QUARKUS_MAILER_START_TLS", "DISABLED");
        environment.put("PORTAL_TRUSTED_PROXIES", "127.0.0.1");
        // The council the public pages name (web/council/CouncilGuard): production refuses to start without it.
        environment.put("PORTAL_COUNCIL_NAME", "Exampleton Borough Council (fictional)");
        environment.put("PORTAL_COUNCIL_CONTACT_EMAIL", "portal@council.example");
        environment.put("PORTAL_COUNCIL_CONTACT_PHONE", "01632 960000");
        environment.put("PORTAL_COUNCIL_ADDRESS", "Example House, 1 Example Street, Exampleton, EX1 1AA");
        environment.put("PORTAL_COUNCIL_DPO_EMAIL", "dpo@council.example");
        environment.put("PORTAL_COUNCIL_ICO_REGISTRATION", "Z0000000 (fictional)");
        return environment;
    }

    private void stop() {
        keycloak.close();
        try {
            smtp.close();
            database.close();
        } catch (Exception ignored) {
            // Temporary: removed with the JVM.
        }
    }

    private static String randomHex() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(property + " is not set: run the suite through Maven (./mvnw verify)");
        }
        return value;
    }
}
