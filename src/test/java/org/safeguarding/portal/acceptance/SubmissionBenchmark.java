package org.safeguarding.portal.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safeguarding.portal.testing.Database;
import org.safeguarding.portal.testing.ProductionSecrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ./benchmark submissions} (issue 18): the packaged service in the {@code prod} profile, on the acceptance
 * suite's stack (PostgreSQL writing to disk with fsync on, Keycloak over TLS with the production realm), taking
 * accounts through {@code POST /api/v1/referrals} from 1, 8 and 32 survivors at once, against a raw JDBC baseline that
 * writes the same rows into the same database (see {@link RawSubmissionBaseline}); then the anonymous submission at 8
 * clients, the start time and resident memory, and a JFR profile of the service under load. Every key sent is in a
 * ledger; every id received is read back, and none may be lost or stored twice. Figures are printed, not asserted;
 * the ledger is asserted.
 */
@Tag("benchmark")
class SubmissionBenchmark {

    private static final Duration RUN = Duration.ofSeconds(Long.getLong("benchmark.seconds", 15));
    /**
     * Long enough for the JIT to compile the hot paths on 2 busy cores: with 15 s the service's signature and ORM code
     * still ran partly uncompiled (5.3 ms of CPU per account at 8 clients, against 3.5 ms after 120 s), which is not
     * how a service that runs for days behaves (docs/benchmarks.md).
     */
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("benchmark.warmup-seconds", 120));
    private static final int SURVIVORS = 32;
    private static final int[] LEVELS = {1, 8, 32};
    private static final int ANONYMOUS_CLIENTS = 8;
    private static final String HIGH_LIMIT = "100000000";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final Path FOLDER = AcceptanceStack.FOLDER.resolve("submission-benchmark");
    private static final String BODY = """
            {"account":"%s","subject":"SELF","ageAtHarm":"ADULT","currentRisk":false,\
            "contactPlan":{"channels":["PORTAL"]},\
            "consents":{"police":"NOT_NOW","health":"GRANTED","isva":"GRANTED","partners":"NOT_NOW",\
            "statistics":"GRANTED"}}""";

    private AcceptanceStack stack;
    private PackagedPortal portal;
    private final List<Person> survivors = new ArrayList<>();
    private final List<String> subjects = new ArrayList<>();
    private volatile List<String> tokens = List.of();
    /** When the tokens were fetched: they live 5 minutes, and are fetched again after 3, before a timed part. */
    private long signedInAt;
    private final SubmissionLedger survivorLedger = new SubmissionLedger();
    private final Map<String, Integer> survivorOfKey = new ConcurrentHashMap<>();
    private final SubmissionLedger anonymousLedger = new SubmissionLedger();
    private final List<String> report = new ArrayList<>();

    @Test
    void submissions() throws Exception {
        say(String.format(Locale.ROOT, "Machine: %d cores, load average %s, Java %s, %s",
                Runtime.getRuntime().availableProcessors(), LoadRun.loadAverage(),
                System.getProperty("java.version"), Instant.now()));
        stack = AcceptanceStack.get();
        Files.createDirectories(FOLDER);
        try {
            startThePortal();
            signInTheSurvivors();
            RawSubmissionBaseline baseline = captureOneSubmission();
            LoadRun.run("warm-up (not counted)", 8, WARM_UP, 0, this::submitAsSurvivor);

            Map<Integer, LoadRun.Figures> service = new LinkedHashMap<>();
            Map<Integer, LoadRun.Figures> raw = new LinkedHashMap<>();
            LoadRun.run("raw warm-up (not counted)", 8, Duration.ofSeconds(5), 0, rawOperation(baseline, 8));
            for (int clients : LEVELS) {
                signInTheSurvivors();
                long[] before = databaseActivity();
                service.put(clients, LoadRun.run("service POST /api/v1/referrals", clients, RUN, portal.pid(),
                        this::submitAsSurvivor));
                say(service.get(clients).line() + perOperation(before, service.get(clients)));
                before = databaseActivity();
                raw.put(clients, LoadRun.run("raw JDBC baseline", clients, RUN, 0, rawOperation(baseline, clients)));
                say(raw.get(clients).line() + perOperation(before, raw.get(clients)));
            }
            closeRawConnections();
            LoadRun.Figures anonymous = LoadRun.run("service POST /api/v1/anonymous/referrals", ANONYMOUS_CLIENTS,
                    RUN, portal.pid(), this::submitAnonymously);
            say(anonymous.line());
            String profile = profileAt(8, false);
            String anonymousProfile = profileAt(ANONYMOUS_CLIENTS, true);
            double rssAfterLoad = LoadRun.residentMiB(portal.pid());

            say("");
            say("== Submission benchmark: summary");
            report.forEach(System.out::println);
            for (int clients : LEVELS) {
                say(String.format(Locale.ROOT, "ratio service/baseline at %2d clients: %.2f (%.1f / %.1f per s); "
                        + "service p99 %.1f ms", clients, service.get(clients).perSecond()
                        / raw.get(clients).perSecond(), service.get(clients).perSecond(),
                        raw.get(clients).perSecond(), service.get(clients).percentile(0.99)));
            }
            say(String.format(Locale.ROOT, "anonymous at %d clients: %.1f per s, p50 %.1f ms, p99 %.1f ms "
                    + "(Argon2id: %s)", ANONYMOUS_CLIENTS, anonymous.perSecond(), anonymous.percentile(0.5),
                    anonymous.percentile(0.99), argon2Parameters()));
            say(String.format(Locale.ROOT, "resident memory after the load: %.0f MiB; load average now %s",
                    rssAfterLoad, LoadRun.loadAverage()));
            say(profile);
            say("Anonymous submissions, " + anonymousProfile);
            readBackAndCheckTheLedgers();
        } finally {
            if (portal != null) {
                portal.close();
            }
        }
    }

    // --- The service ------------------------------------------------------------------------------------------------

    private void startThePortal() throws Exception {
        Map<String, String> environment = new LinkedHashMap<>(stack.portalEnvironment());
        // The limits on new accounts (10 an hour per survivor, 30 per address, 500 anonymous an hour overall) would
        // refuse a benchmark: raised, not switched off, so the limiter still counts every submission in PostgreSQL.
        environment.put("PORTAL_LIMITS_SUBMISSIONS_PER_SUBJECT", HIGH_LIMIT);
        environment.put("PORTAL_LIMITS_SUBMISSIONS_PER_CLIENT", HIGH_LIMIT);
        environment.put("PORTAL_ANONYMOUS_STARTS_PER_CLIENT", HIGH_LIMIT);
        environment.put("PORTAL_ANONYMOUS_STARTS_OVERALL", HIGH_LIMIT);
        environment.putAll(extraEnvironment());
        launchAndMeasure(environment, "First start (Flyway migrates the new database)", "portal-first-start.log");
        // What an instance's start costs when the schema is current: a restart, as after a deployment or a failure.
        portal.close();
        launchAndMeasure(environment, "Restart (schema current)", "portal.log");
    }

    /**
     * The JVM options the image's run-java.sh (ubi9/openjdk-17-runtime, src/main/docker/Dockerfile.jvm) gives the
     * service under the deployment's 1 GiB memory limit (deploy/kubernetes/deployment.yaml), {@code -XX:MaxRAM=1g}
     * standing in for the container's limit: the service is measured as a council runs it. Without them the JVM sizes
     * itself for this 24 GiB machine (G1, a 384 MiB first heap, up to 6 GiB). {@code -Dbenchmark.jvm-options=...}
     * replaces them; an empty value gives the JVM's own defaults.
     */
    static final String DEPLOYMENT_JVM_OPTIONS = "-XX:MaxRAM=1g -XX:MaxRAMPercentage=80.0 -XX:+UseParallelGC "
            + "-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:GCTimeRatio=4 -XX:AdaptiveSizePolicyWeight=90 "
            + "-XX:+ExitOnOutOfMemoryError";

    private static List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        String given = System.getProperty("benchmark.jvm-options", DEPLOYMENT_JVM_OPTIONS);
        for (String option : given.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return options;
    }

    private void launchAndMeasure(Map<String, String> environment, String what, String log) throws Exception {
        long launched = System.nanoTime();
        List<String> options = new ArrayList<>(stack.certificate.trustOptions());
        options.addAll(jvmOptions());
        portal = PackagedPortal.launch(stack.portalPort, environment, options, FOLDER.resolve(log))
                .awaitReady(Duration.ofSeconds(120));
        double toReady = (System.nanoTime() - launched) / 1e9;
        double rssReady = LoadRun.residentMiB(portal.pid());
        Matcher started = STARTED.matcher(portal.logText());
        String quarkus = started.find() ? started.group(1) + " s" : "?";
        Thread.sleep(10_000);
        say(String.format(Locale.ROOT, "%s (JVM options: %s): first successful health check %.2f s after launch "
                + "(polled every 0.25 s; Quarkus reports started in %s); resident memory %.0f MiB when ready, %.0f MiB "
                + "after 10 s idle; load average %s", what, String.join(" ", jvmOptions()), toReady, quarkus,
                rssReady, LoadRun.residentMiB(portal.pid()), LoadRun.loadAverage()));
    }

    /** Extra settings for the service from {@code -Dbenchmark.env=NAME=value,NAME=value} (to compare settings). */
    private static Map<String, String> extraEnvironment() {
        Map<String, String> extra = new LinkedHashMap<>();
        String given = System.getProperty("benchmark.env", "");
        for (String pair : given.split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                extra.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        return extra;
    }

    /** Creates the survivors once, then fetches each one a fresh token (before a timed part: tokens live 5 minutes). */
    private void signInTheSurvivors() throws Exception {
        if (survivors.isEmpty()) {
            KeycloakAdmin admin = KeycloakAdmin.signIn(stack.https(), stack.keycloak.url(), "admin",
                    adminPassword());
            admin.allowPasswordSignIn("portal-web");
            String run = Long.toString(System.currentTimeMillis(), 36);
            for (int i = 0; i < SURVIVORS; i++) {
                Person survivor = Person.named("bench" + run + "-" + i, "Bench", "Survivor" + i);
                admin.createUser(survivor, "survivor");
                survivors.add(survivor);
            }
        }
        long began = System.nanoTime();
        if (!tokens.isEmpty() && began - signedInAt < Duration.ofMinutes(3).toNanos()) {
            return;
        }
        signedInAt = began;
        HttpClient https = stack.https();
        List<String> fresh = new ArrayList<>();
        List<String> subs = new ArrayList<>();
        for (Person survivor : survivors) {
            String form = "grant_type=password&client_id=portal-web&client_secret="
                    + encode(stack.secrets.get(ProductionSecrets.WEB_CLIENT_SECRET)) + "&username="
                    + encode(survivor.username()) + "&password=" + encode(survivor.password()) + "&scope=openid";
            HttpResponse<String> answer = https.send(HttpRequest.newBuilder(URI.create(stack.keycloak.url()
                    + "/realms/portal/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a survivor's sign-in: " + answer.statusCode());
            }
            String token = JSON.readTree(answer.body()).path("access_token").asText();
            fresh.add(token);
            subs.add(JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path("sub").asText());
        }
        tokens = fresh;
        if (subjects.isEmpty()) {
            subjects.addAll(subs);
        }
        say(String.format(Locale.ROOT, "Signed in %d survivors at Keycloak (password grant, portal-web) in %.1f s",
                survivors.size(), (System.nanoTime() - began) / 1e9));
    }

    private String adminPassword() {
        // AcceptanceStack keeps the bootstrap admin's password to itself; the benchmark signs in as it once.
        return stack.keycloakAdminPassword();
    }

    /** One client's HTTP/1.1 connection, kept alive between its requests. */
    private final Map<Integer, HttpClient> clients = new ConcurrentHashMap<>();

    private HttpClient clientFor(int client) {
        return clients.computeIfAbsent(client, c -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build());
    }

    private boolean submitAsSurvivor(int client, long sequence) throws Exception {
        int survivor = client % SURVIVORS;
        String key = UUID.randomUUID().toString();
        SubmissionLedger.Entry entry = survivorLedger.open(key);
        survivorOfKey.put(key, survivor);
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal.url() + "/api/v1/referrals"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokens.get(survivor)).header("Idempotency-Key", key)
                // A client address each, as behind the council's proxy (127.0.0.1 is the trusted proxy here).
                .header("X-Forwarded-For", "198.51.100." + (1 + client))
                .POST(HttpRequest.BodyPublishers.ofString(String.format(BODY, "Benchmark account " + key))).build();
        return answer(entry, clientFor(client), request);
    }

    private boolean submitAnonymously(int client, long sequence) throws Exception {
        String key = UUID.randomUUID().toString();
        SubmissionLedger.Entry entry = anonymousLedger.open(key);
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal.url() + "/api/v1/anonymous/referrals"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).header("X-Forwarded-For", "203.0.113." + (1 + client))
                .POST(HttpRequest.BodyPublishers.ofString(String.format(BODY, "Anonymous benchmark " + key))).build();
        return answer(entry, clientFor(100 + client), request);
    }

    private static boolean answer(SubmissionLedger.Entry entry, HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            boolean replayed = "true".equals(response.headers().firstValue("Idempotent-Replayed").orElse(null));
            if (response.statusCode() != 201) {
                entry.answers.add(new SubmissionLedger.Answer("portal", false, false, response.statusCode(), null,
                        null, replayed));
                return false;
            }
            JsonNode view = JSON.readTree(response.body());
            String code = view.path("receiptCode").isMissingNode() ? null : view.path("receiptCode").asText();
            entry.answers.add(new SubmissionLedger.Answer("portal", false, false, 201, view.path("id").asText(),
                    code, replayed));
            return true;
        } catch (Exception noAnswer) {
            entry.answers.add(new SubmissionLedger.Answer("portal", false, false, -1, null, null, false));
            return false;
        }
    }

    // --- The baseline ------------------------------------------------------------------------------------------------

    /** One submission, alone, and the rows it wrote: the baseline's template. */
    private RawSubmissionBaseline captureOneSubmission() throws Exception {
        Database database = stack.database;
        try (Connection owner = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password())) {
            Map<String, Long> before = RawSubmissionBaseline.countRows(owner);
            long transaction = RawSubmissionBaseline.nextTransactionId(owner);
            if (!submitAsSurvivor(0, 0)) {
                throw new IllegalStateException("the first submission failed: "
                        + survivorLedger.entries().get(0).answers + "; see " + portal.log());
            }
            SubmissionLedger.Entry first = survivorLedger.entries().get(0);
            String caseId = first.ids().iterator().next();
            String reference;
            try (PreparedStatement s = owner.prepareStatement("select reference from survivor_case where id = ?::uuid")) {
                s.setString(1, caseId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    reference = rs.getString(1);
                }
            }
            RawSubmissionBaseline baseline = RawSubmissionBaseline.capture(database.jdbcUrl(), database.username(),
                    database.password(), Database.APP_USER, Database.APP_PASSWORD, transaction, before, reference,
                    first.key);
            say("One submission wrote, table by table: " + baseline.perTable);
            say("The baseline writes per account, in one transaction: " + baseline.describe() + " = "
                    + baseline.rowsPerAccount() + " rows");
            return baseline;
        }
    }

    /** Connections the baseline opened, closed after each of its runs. */
    private final List<Connection> rawConnections = new ArrayList<>();

    /** Each client its own connection of the service's role, opened before the timed part. */
    private LoadRun.Operation rawOperation(RawSubmissionBaseline baseline, int clients) throws Exception {
        closeRawConnections();
        Connection[] connections = new Connection[clients];
        for (int i = 0; i < clients; i++) {
            connections[i] = baseline.connect();
            rawConnections.add(connections[i]);
        }
        return (client, sequence) -> {
            baseline.writeOneAccount(connections[client], client);
            return true;
        };
    }

    private void closeRawConnections() throws Exception {
        for (Connection connection : rawConnections) {
            connection.close();
        }
        rawConnections.clear();
    }

    // --- The profile ---------------------------------------------------------------------------------------------------

    /** A JFR recording (profile settings) of the service while {@code clients} survivors submit, summarised. */
    private String profileAt(int clients, boolean anonymously) throws Exception {
        Path recording = FOLDER.resolve(anonymously ? "anonymous.jfr" : "submissions.jfr");
        Files.deleteIfExists(recording);
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, String.valueOf(portal.pid()), "JFR.start", "name=benchmark", "settings=profile");
        signInTheSurvivors();
        LoadRun.Figures profiled = LoadRun.run(anonymously ? "anonymous, under JFR (profile)"
                : "service, under JFR (profile)", clients, RUN, portal.pid(),
                anonymously ? this::submitAnonymously : this::submitAsSurvivor);
        say(profiled.line());
        run(jcmd, String.valueOf(portal.pid()), "JFR.stop", "name=benchmark", "filename=" + recording);
        return JfrSummary.of(recording, 30);
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + output);
        }
    }

    // --- The ledgers ---------------------------------------------------------------------------------------------------

    /**
     * Survivors' cases are read back through the API (each survivor's list of cases, with a fresh token); anonymous
     * ones from the database (reading them through the API would cost an Argon2id check of each receipt code).
     */
    private void readBackAndCheckTheLedgers() throws Exception {
        signInTheSurvivors();
        Map<Integer, Set<String>> listed = new HashMap<>();
        for (int i = 0; i < SURVIVORS; i++) {
            HttpResponse<String> mine = clientFor(0).send(HttpRequest.newBuilder(URI.create(portal.url()
                    + "/api/v1/me/cases")).header("Authorization", "Bearer " + tokens.get(i))
                    .header("X-Forwarded-For", "198.51.100.200").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, mine.statusCode(), "a survivor's list of cases");
            Set<String> ids = ConcurrentHashMap.newKeySet();
            JSON.readTree(mine.body()).forEach(summary -> ids.add(summary.path("id").asText()));
            listed.put(i, ids);
        }
        for (SubmissionLedger.Entry entry : survivorLedger.entries()) {
            Set<String> ids = entry.ids();
            entry.readBack = ids.size() == 1 && listed.get(survivorOfKey.get(entry.key)).containsAll(ids);
        }
        anonymousLedger.entries().forEach(entry -> entry.readBack = entry.ids().size() == 1);

        Map<String, Integer> survivorRows = storedRows(survivorLedger.idsReceived());
        long survivorApiRows = count("select count(*) from referral where owner_subject = any(?)", subjects);
        String survivorFigures = figures(survivorLedger, survivorRows, survivorApiRows, "through the API");
        say("Survivors' submissions, " + survivorFigures);
        Map<String, Integer> anonymousRows = storedRows(anonymousLedger.idsReceived());
        long anonymousApiRows = count("select count(*) from referral where idempotency_key like 'hmac:%'", null);
        String anonymousFigures = figures(anonymousLedger, anonymousRows, anonymousApiRows, "from the database");
        say("Anonymous submissions, " + anonymousFigures);
        // A request that got no 201 (a timeout, a 5xx) is in the ledger as sent and not stored: counted as lost.
        assertEquals(0, survivorLedger.lost(survivorRows), survivorFigures);
        assertEquals(0, survivorLedger.duplicated(survivorRows, survivorApiRows), survivorFigures);
        assertEquals(0, anonymousLedger.lost(anonymousRows), anonymousFigures);
        assertEquals(0, anonymousLedger.duplicated(anonymousRows, anonymousApiRows), anonymousFigures);
    }

    /** The ledger's figures: what was sent, answered, received, read back and stored; lost and duplicated. */
    private static String figures(SubmissionLedger ledger, Map<String, Integer> storedRows, long apiRows,
            String readBackHow) {
        Map<Integer, Long> byStatus = new java.util.TreeMap<>();
        ledger.entries().forEach(entry -> entry.answers.forEach(a -> byStatus.merge(a.status(), 1L, Long::sum)));
        long readBack = ledger.entries().stream().filter(entry -> entry.readBack).count();
        return String.format(Locale.ROOT, "ledger: %d keys sent, answers by status %s (-1: no answer), %d distinct "
                + "ids received, %d read back %s, %d referral rows stored for them, %d stored by these clients in "
                + "all: lost %d, duplicated %d", ledger.entries().size(), byStatus, ledger.idsReceived().size(),
                readBack, readBackHow, storedRows.values().stream().mapToLong(Integer::longValue).sum(), apiRows,
                ledger.lost(storedRows), ledger.duplicated(storedRows, apiRows));
    }

    /** For each case id: how many referral rows the database holds for it. */
    private Map<String, Integer> storedRows(Set<String> ids) throws Exception {
        Map<String, Integer> rows = new HashMap<>();
        try (Connection c = ownerConnection(); PreparedStatement s = c.prepareStatement("select c.id::text, "
                + "count(r.case_id) from survivor_case c join referral r on r.case_id = c.id "
                + "where c.id = any(?::uuid[]) group by c.id")) {
            Array array = c.createArrayOf("text", ids.toArray());
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return rows;
    }

    private long count(String sql, List<String> values) throws Exception {
        try (Connection c = ownerConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (values != null) {
                s.setArray(1, c.createArrayOf("text", values.toArray()));
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Connection ownerConnection() throws Exception {
        return DriverManager.getConnection(stack.database.jdbcUrl(), stack.database.username(),
                stack.database.password());
    }

    /**
     * The database's own counters (pg_stat_database): commits, rollbacks, rows inserted, updated, deleted, rows read by
     * scans and index fetches. Per submission, they show what a change to the statements did, whatever the machine's
     * load did to the timings. PostgreSQL publishes them within a second of each transaction's end.
     */
    private long[] databaseActivity() throws Exception {
        Thread.sleep(1_500);
        try (Connection c = ownerConnection(); var s = c.createStatement(); ResultSet rs = s.executeQuery("select "
                + "xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted, tup_returned + tup_fetched "
                + "from pg_stat_database where datname = current_database()")) {
            rs.next();
            long[] counters = new long[6];
            for (int i = 0; i < counters.length; i++) {
                counters[i] = rs.getLong(i + 1);
            }
            return counters;
        }
    }

    private String perOperation(long[] before, LoadRun.Figures figures) throws Exception {
        long[] after = databaseActivity();
        double ops = Math.max(1, figures.ok() + figures.failed());
        return String.format(Locale.ROOT, "; per op in PostgreSQL: %.2f commits, %.2f rollbacks, %.1f rows inserted, "
                + "%.1f updated, %.1f deleted, %.1f read", (after[0] - before[0]) / ops, (after[1] - before[1]) / ops,
                (after[2] - before[2]) / ops, (after[3] - before[3]) / ops, (after[4] - before[4]) / ops,
                (after[5] - before[5]) / ops);
    }

    /** The Argon2id parameters the service hashes receipt codes with, from the configuration it ships. */
    private static String argon2Parameters() {
        try {
            Class<?> codes = Class.forName("org.safeguarding.portal.receipt.ReceiptCodes");
            java.lang.reflect.Field memory = codes.getDeclaredField("MEMORY_KIB");
            java.lang.reflect.Field iterations = codes.getDeclaredField("ITERATIONS");
            memory.setAccessible(true);
            iterations.setAccessible(true);
            int kib = memory.getInt(null);
            int t = iterations.getInt(null);
            boolean atLeastOwasp = kib >= 19 * 1024 && t >= 2;
            return String.format(Locale.ROOT, "m=%d KiB, t=%d, p=1 per receipt code; OWASP's minimum is m=19456 KiB, "
                    + "t=2, p=1: %s", kib, t, atLeastOwasp ? "at or above it" : "BELOW IT");
        } catch (ReflectiveOperationException e) {
            return "unknown (" + e + ")";
        }
    }

    private void say(String line) {
        System.out.println(line);
        if (!line.isEmpty()) {
            report.add(line);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
