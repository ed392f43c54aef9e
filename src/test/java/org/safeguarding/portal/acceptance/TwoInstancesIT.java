package org.safeguarding.portal.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.safeguarding.portal.testing.Database;
import org.safeguarding.portal.testing.FreePorts;
import org.safeguarding.portal.testing.SmtpSink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two instances of the packaged service, as a council's load balancer would spread requests over them: both in the
 * {@code prod} profile on the same PostgreSQL database and Keycloak, each with its own port and its own audit
 * checkpoint file, each running every scheduled job on short schedules. Shows that nothing is done twice and nothing
 * is lost between them: submissions and their retries, the period close, the charter clock, the neutral notices, the
 * receipt session and the CSRF tokens of the pages, and the sealed audit chain.
 *
 * <p>The instances use a database of their own on the acceptance suite's PostgreSQL server: the period close closes
 * every month since the first referral, and on the database {@link ProductionJourneyIT} uses it would close that
 * test's month before it is written (or find it closed by that test, and prove nothing).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    static final Path FOLDER = AcceptanceStack.FOLDER.resolve("two-instances");
    private static final String DATABASE = "portal_two";
    private static final int CLIENTS = 6;
    /** Each client sends this many keys, each twice (first and retry): 16 starts, within the 20 a client may make. */
    private static final int KEYS_PER_CLIENT = 8;
    private static final Duration CLOSE_EVERY = Duration.ofSeconds(5);
    private static final Duration CLOCK_EVERY = Duration.ofSeconds(2);
    private static final Duration NOTICES_EVERY = Duration.ofSeconds(2);
    private static final String RECEIPT_COOKIE = "__Host-portal_receipt";
    /** The ledger's status for a request that got no HTTP answer at all. */
    private static final int NO_ANSWER = -1;
    private static final String NOTICE_ACCOUNT = "Two instances: the survivor who is told once.";
    private static final Pattern INTACT = Pattern.compile("Audit chain intact to seal (\\d+)");
    private static final Pattern HEAD_SEQ = Pattern.compile("\"headSeq\":(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private static final SubmissionLedger LEDGER = new SubmissionLedger();
    /** Everything the clients sent that no log may show: accounts, addresses, keys, receipt codes. */
    private static final Set<String> NEVER_LOGGED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** One running instance: its name in the ledger, the process, its own address, its own checkpoint file. */
    record Instance(String name, PackagedPortal portal, String url, Path checkpoints) {
    }

    private static AcceptanceStack stack;
    private static String jdbcUrl;
    private static Instance a;
    private static Instance b;
    private static SeededRecords seeded;
    private static String noticeAddress;
    private static UUID noticeCase;
    private static Instant classStarted;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() throws Exception {
        classStarted = Instant.now();
        stack = AcceptanceStack.get();
        Instant stackReady = Instant.now();
        jdbcUrl = freshDatabase(stack.database);
        Files.createDirectories(FOLDER);
        // Both start at once: Flyway migrates the new database under its lock while the other waits.
        // Each on its own management port too (PackagedPortal takes a free one): one host cannot give both 9000.
        PackagedPortal first = launch("a");
        PackagedPortal second = launch("b");
        a = new Instance("A", first.awaitReady(Duration.ofSeconds(180)), localUrl(first), checkpoints("a"));
        b = new Instance("B", second.awaitReady(Duration.ofSeconds(180)), localUrl(second), checkpoints("b"));
        System.out.printf("Two instances: stack ready in %d s, both instances ready %d s after that%n",
                Duration.between(classStarted, stackReady).toSeconds(),
                Duration.between(stackReady, Instant.now()).toSeconds());

        seeded = new SeededRecords(jdbcUrl);
        seeded.write(12);
        queueANeutralNotice();
    }

    @AfterAll
    static void stopBothAndReadTheirLogs() throws Exception {
        for (Instance instance : new Instance[] {a, b}) {
            if (instance == null) {
                continue;
            }
            instance.portal().close();
            // JSON lines: searched as written and with every value decoded, so an escaped character hides nothing.
            String log = JsonLog.searchable(instance.portal().logText());
            stack.secrets.forEach((name, value) -> assertFalse(log.contains(value),
                    name + " in " + instance.portal().log()));
            NEVER_LOGGED.forEach(sent -> assertFalse(log.contains(sent),
                    "something a client sent is in " + instance.portal().log()));
        }
        System.out.printf("Two instances: the whole class took %d s%n",
                Duration.between(classStarted, Instant.now()).toSeconds());
    }

    @Test
    @Order(1)
    void submissionsSpreadOverBothInstancesAndRetriedOnTheOtherAreEachStoredOnce() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        Instant sending = Instant.now();
        Instant reading;
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int number = client;
                running.add(clients.submit(() -> {
                    sendAsClient(number);
                    return null;
                }));
            }
            for (Future<Void> client : running) {
                client.get(5, TimeUnit.MINUTES);
            }
            reading = Instant.now();
            List<Future<Void>> reads = new ArrayList<>();
            List<SubmissionLedger.Entry> entries = LEDGER.entries();
            for (int i = 0; i < entries.size(); i++) {
                SubmissionLedger.Entry entry = entries.get(i);
                // One client address per read: opening a session is limited to 5 attempts per client.
                String address = "203.0.113." + (1 + i);
                reads.add(clients.submit(() -> {
                    readBack(entry, address);
                    return null;
                }));
            }
            for (Future<Void> read : reads) {
                read.get(5, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }
        System.out.printf("Two instances: %d clients sent their keys in %d s; every id read back in %d s%n", CLIENTS,
                Duration.between(sending, reading).toSeconds(), Duration.between(reading, Instant.now()).toSeconds());

        Map<String, Integer> storedRows = storedRowsOf(LEDGER.idsReceived());
        long apiRows = apiRowsInDatabase();
        String figures = LEDGER.figures(storedRows, apiRows);
        System.out.println(figures);

        List<SubmissionLedger.Entry> entries = LEDGER.entries();
        assertEquals(CLIENTS * KEYS_PER_CLIENT, entries.size());
        assertEquals(0, LEDGER.lost(storedRows), figures);
        assertEquals(0, LEDGER.duplicated(storedRows, apiRows), figures);
        assertEquals(entries.size(), LEDGER.idsReceived().size(), figures);
        for (SubmissionLedger.Entry entry : entries) {
            assertEquals(2, entry.answers.size());
            entry.answers.forEach(answer -> assertEquals(201, answer.status(), "every request answered: " + figures));
            assertEquals(1, entry.codes().size(), "a retry shows the code the first answer gave");
            assertEquals(1, entry.answers.stream().filter(answer -> !answer.replayed()).count(),
                    "exactly one of the two answers stored it");
            assertEquals(Set.of("A", "B"), Set.of(entry.answers.get(0).instance(), entry.answers.get(1).instance()),
                    "the retry went to the other instance");
        }
    }

    @Test
    @Order(2)
    void aReceiptSessionOpenedOnOneInstanceIsHonouredOnTheOther() throws Exception {
        SubmissionLedger.Entry entry = anEntry();
        String caseId = entry.ids().iterator().next();
        PageClient browser = new PageClient("192.0.2.21");
        HttpResponse<String> form = browser.get(a.url() + "/receipt/come-back");
        assertEquals(200, form.statusCode());
        HttpResponse<String> opened = browser.postForm(a.url() + "/receipt/come-back",
                Map.of("csrf", PageClient.csrfTokenIn(form), "receiptCode", entry.codes().iterator().next()));
        assertEquals(303, opened.statusCode(), "the code opens a session on A");
        assertTrue(browser.cookies.containsKey(RECEIPT_COOKIE),
                "A set the session cookie: " + browser.cookies.keySet());

        HttpResponse<String> list = browser.get(b.url() + "/my/cases");
        assertEquals(200, list.statusCode(), "B honours A's session");
        assertTrue(list.body().contains("/my/cases/" + caseId), "and shows that one case");
        assertEquals(200, browser.get(b.url() + "/my/cases/" + caseId).statusCode());

        HttpResponse<String> stranger = new PageClient("192.0.2.22").get(b.url() + "/my/cases");
        assertNotEquals(200, stranger.statusCode(), "without the cookie B lets nobody in");
    }

    @Test
    @Order(3)
    void aCsrfTokenIssuedByOneInstanceIsAcceptedByTheOther() throws Exception {
        SubmissionLedger.Entry entry = anEntry();
        String code = entry.codes().iterator().next();
        PageClient browser = new PageClient("192.0.2.23");

        // Before any session: the public form's token, bound to the pre-session cookie A set.
        String fromA = PageClient.csrfTokenIn(browser.get(a.url() + "/receipt/come-back"));
        HttpResponse<String> forged = browser.postForm(b.url() + "/receipt/come-back",
                Map.of("csrf", forged(fromA), "receiptCode", code));
        assertEquals(403, forged.statusCode(), "B checks the token: one A did not issue is refused");
        assertFalse(browser.cookies.containsKey(RECEIPT_COOKIE));
        HttpResponse<String> opened = browser.postForm(b.url() + "/receipt/come-back",
                Map.of("csrf", fromA, "receiptCode", code));
        assertEquals(303, opened.statusCode(), "B accepts the token A issued");
        String session = browser.cookies.get(RECEIPT_COOKIE);
        assertNotNull(session, "and opens the session");

        // In the session: the page's token from B, posted to A ("Leave" in the page header).
        String fromB = PageClient.csrfTokenIn(browser.get(b.url() + "/my/cases"));
        assertEquals(403, browser.postForm(a.url() + "/receipt/leave", Map.of("csrf", forged(fromB))).statusCode(),
                "A checks the session's token too");
        assertEquals(200, browser.get(a.url() + "/my/cases").statusCode(), "and the session is still open");
        HttpResponse<String> left = browser.postForm(a.url() + "/receipt/leave", Map.of("csrf", fromB));
        assertEquals(303, left.statusCode(), "A accepts the token B issued");
        assertTrue(left.headers().firstValue("Location").orElse("").endsWith("/signed-out"));

        PageClient sameCookie = new PageClient("192.0.2.23");
        sameCookie.cookies.put(RECEIPT_COOKIE, session);
        HttpResponse<String> after = sameCookie.get(b.url() + "/my/cases");
        assertEquals(302, after.statusCode(), "the session A ended is ended on B");
        assertTrue(after.headers().firstValue("Location").orElse("").contains("/receipt/come-back?expired=true"));
    }

    @Test
    @Order(4)
    void thePeriodIsClosedOnceThoughBothInstancesRunTheClose() throws Exception {
        String period = seeded.month.toString();
        eventually("the period close storing " + period, Duration.ofSeconds(120),
                () -> seeded.periodStored(period) ? true : null);
        Instant closedAt = closedAt(period);
        // Both instances' closes have run at least twice more since (every 5 s each).
        waitUntil(closedAt.plus(CLOSE_EVERY.multipliedBy(2)).plusSeconds(2));
        assertEquals(closedAt, closedAt(period), "the release was not made again");
        assertEquals(1, count("select count(*) from report_release where period_id = ?", period));
        assertEquals(1, occurrences("Closed " + period + "\\b", a, b), "one instance closed it, once");
        assertNoErrors();
    }

    @Test
    @Order(5)
    void theCharterClockEscalatesABrokenPromiseOnce() throws Exception {
        eventually("the overdue promise escalated by the charter clock", Duration.ofSeconds(60),
                () -> seeded.overduePromise().equals("MISSED escalated") ? true : null);
        Map<String, Object> first = promise();
        waitUntil(((Timestamp) first.get("missed_at")).toInstant().plus(CLOCK_EVERY.multipliedBy(3)).plusSeconds(2));
        Map<String, Object> later = promise();
        assertEquals(first, later, "nothing changed in three more ticks of both clocks");
        assertEquals(1L, later.get("escalations"), "one escalation row");
        assertEquals(1L, later.get("version"), "one status change: PENDING to MISSED, once");
        assertNoErrors();
    }

    @Test
    @Order(6)
    void aNeutralNoticeIsSentOnce() throws Exception {
        List<String> sent = eventually("the neutral notice at the SMTP relay", Duration.ofSeconds(60), () -> {
            List<String> messages = messagesTo(noticeAddress);
            return messages.isEmpty() ? null : messages;
        });
        Instant sentAt = ((Timestamp) notice().get("sent_at")).toInstant();
        waitUntil(sentAt.plus(NOTICES_EVERY.multipliedBy(4)).plusSeconds(2));
        assertEquals(1, messagesTo(noticeAddress).size(), "one e-mail, though both instances' notice jobs ran");
        assertEquals(1, ((Number) notice().get("attempts")).intValue(), "claimed once");
        assertTrue(sent.get(0).contains(stack.publicUrl()), "the notice links to the portal only");
        assertFalse(sent.get(0).contains(NOTICE_ACCOUNT), "and says nothing about the case");
    }

    @Test
    @Order(7)
    void bothInstancesSealTheAuditChainWhichBothFindIntact() throws Exception {
        String token = openSession(anEntry(), "192.0.2.40", a);
        String caseId = anEntry().ids().iterator().next();
        int[] reads = {0};
        // Reads of the case are audited; the instance whose sealer runs first after each seals it.
        eventually("a checkpoint in both instances' files", Duration.ofSeconds(90), () -> {
            if (headsIn(a).size() > 0 && headsIn(b).size() > 0) {
                return true;
            }
            Instance reader = reads[0]++ % 2 == 0 ? a : b;
            assertEquals(200, get(reader.url() + "/api/v1/me/cases/" + caseId, "Receipt " + token,
                    "192.0.2.40").statusCode());
            return null;
        });
        long head = Math.max(headsIn(a).last(), headsIn(b).last());
        for (Instance instance : new Instance[] {a, b}) {
            eventually(instance.name() + "'s verifier finding the chain intact to seal " + head, Duration.ofSeconds(60),
                    () -> intactTo(instance) >= head ? true : null);
            assertFalse(instance.portal().logText().contains("Audit chain broken"), instance.portal().log().toString());
        }

        Set<Long> shared = new TreeSet<>(headsIn(a));
        shared.retainAll(headsIn(b));
        assertEquals(Set.of(), shared, "no checkpoint written by both");
        try (Connection c = seeded.connect(); ResultSet seals = c.createStatement().executeQuery("select count(*), "
                + "count(distinct seq), coalesce(max(seq), 0), count(distinct event_id) from audit_seal")) {
            seals.next();
            long rows = seals.getLong(1);
            assertEquals(rows, seals.getLong(2), "no seal number twice");
            assertEquals(rows, seals.getLong(3), "no seal number missing");
            assertEquals(rows, seals.getLong(4), "no row sealed twice");
        }
        // Every checkpoint the database holds was written out by exactly one of the two.
        eventually("each checkpoint in one instance's file", Duration.ofSeconds(10), () -> {
            Set<Long> written = new TreeSet<>(headsIn(a));
            written.addAll(headsIn(b));
            return databaseCheckpoints().equals(written) ? true : null;
        });
        System.out.printf("Audit: %d checkpoints by A, %d by B, chain intact to seal %d on both%n",
                headsIn(a).size(), headsIn(b).size(), head);
    }

    // --- The ledger's clients ---------------------------------------------------------------------------------

    /**
     * One client behind the load balancer: its keys go to A and B in turn, and each is sent again to the other
     * instance, after the first answer (an answer lost on the way back) or at once (a client that gave up waiting).
     */
    private static void sendAsClient(int number) {
        String address = "198.51.100." + (10 + number);
        for (int i = 0; i < KEYS_PER_CLIENT; i++) {
            Instance first = (number + i) % 2 == 0 ? a : b;
            Instance other = first == a ? b : a;
            String key = randomKey();
            String account = "Two instances, client " + number + ", account " + i + ": " + randomKey();
            NEVER_LOGGED.add(key);
            NEVER_LOGGED.add(account);
            String body = "{\"contactPlan\":{\"channels\":[\"PORTAL\"]},\"account\":\"" + account + "\"}";
            SubmissionLedger.Entry entry = LEDGER.open(key);
            if (i % 2 == 0) {
                entry.answers.add(submit(first, key, body, address, false, false).join());
                entry.answers.add(submit(other, key, body, address, true, false).join());
            } else {
                CompletableFuture<SubmissionLedger.Answer> one = submit(first, key, body, address, false, true);
                CompletableFuture<SubmissionLedger.Answer> two = submit(other, key, body, address, true, true);
                entry.answers.add(one.join());
                entry.answers.add(two.join());
            }
            entry.codes().forEach(NEVER_LOGGED::add);
        }
    }

    private static CompletableFuture<SubmissionLedger.Answer> submit(Instance to, String key, String body,
            String address, boolean retry, boolean concurrent) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(to.url() + "/api/v1/anonymous/referrals"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            boolean replayed = "true".equals(response.headers().firstValue("Idempotent-Replayed").orElse(null));
            if (response.statusCode() != 201) {
                return new SubmissionLedger.Answer(to.name(), retry, concurrent, response.statusCode(), null, null,
                        replayed);
            }
            JsonNode view = json(response.body());
            return new SubmissionLedger.Answer(to.name(), retry, concurrent, 201, view.path("id").asText(),
                    view.path("receiptCode").asText(), replayed);
        }).exceptionally(noAnswer -> new SubmissionLedger.Answer(to.name(), retry, concurrent, NO_ANSWER, null, null,
                false)); // a connection that failed or timed out is in the ledger too, as no answer
    }

    /** Opens a session with the key's receipt code on the instance that answered first, and reads on the other. */
    private static void readBack(SubmissionLedger.Entry entry, String address) throws Exception {
        if (entry.ids().size() != 1 || entry.codes().size() != 1) {
            return;
        }
        Instance opener = "A".equals(entry.firstInstance()) ? a : b;
        Instance reader = opener == a ? b : a;
        HttpResponse<String> session = HTTP.send(sessionRequest(entry, address, opener),
                HttpResponse.BodyHandlers.ofString());
        if (session.statusCode() != 201) {
            return; // not read back: counted as lost
        }
        HttpResponse<String> mine = get(reader.url() + "/api/v1/me/cases",
                "Receipt " + json(session.body()).path("token").asText(), address);
        if (mine.statusCode() == 200) {
            JsonNode cases = json(mine.body());
            entry.readBack = cases.size() == 1
                    && cases.get(0).path("id").asText().equals(entry.ids().iterator().next());
        }
    }

    private static String openSession(SubmissionLedger.Entry entry, String address, Instance on) throws Exception {
        HttpResponse<String> session = HTTP.send(sessionRequest(entry, address, on),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, session.statusCode(), "a session opened with the receipt code on " + on.name());
        return json(session.body()).path("token").asText();
    }

    private static HttpRequest sessionRequest(SubmissionLedger.Entry entry, String address, Instance on) {
        return HttpRequest.newBuilder(URI.create(on.url() + "/api/v1/anonymous/sessions"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"receiptCode\":\"" + entry.codes().iterator().next() + "\"}"))
                .build();
    }

    private static HttpResponse<String> get(String url, String authorization, String address) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("X-Forwarded-For", address).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static SubmissionLedger.Entry anEntry() {
        return LEDGER.entries().stream().filter(entry -> entry.readBack).findFirst()
                .orElseThrow(() -> new AssertionError("no submission was stored and read back; see the ledger"));
    }

    /**
     * A submission with a contact plan that allows e-mail, and its notice queued as the hub's message would queue it
     * (messages.NeutralNotices.hubWrote): written straight into the table, as SeededRecords writes history.
     */
    private static void queueANeutralNotice() throws Exception {
        noticeAddress = "two-instances-" + randomKey().substring(0, 12).toLowerCase() + "@example.org";
        NEVER_LOGGED.add(noticeAddress);
        NEVER_LOGGED.add(NOTICE_ACCOUNT);
        String body = "{\"contactPlan\":{\"channels\":[\"PORTAL\",\"EMAIL\"],\"email\":\"" + noticeAddress
                + "\"},\"account\":\"" + NOTICE_ACCOUNT + "\"}";
        SubmissionLedger.Answer answer = submit(a, randomKey(), body, "192.0.2.30", false, false).join();
        assertEquals(201, answer.status(), "the notice's case submitted");
        noticeCase = UUID.fromString(answer.caseId());
        try (Connection c = seeded.connect(); PreparedStatement queue = c.prepareStatement("insert into "
                + "outbound_notice (id, case_id, channel, queued_at) values (?, ?, 'EMAIL', now())")) {
            queue.setObject(1, UUID.randomUUID());
            queue.setObject(2, noticeCase);
            queue.executeUpdate();
        }
    }

    // --- The database, the logs, the files ----------------------------------------------------------------------

    /** A new database on the acceptance suite's server, owned by the schema's owner: the instances migrate it. */
    private static String freshDatabase(Database server) throws SQLException {
        String postgres = server.jdbcUrl().substring(0, server.jdbcUrl().lastIndexOf('/'));
        try (Connection c = DriverManager.getConnection(postgres + "/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE + " owner " + Database.USER);
        }
        return postgres + "/" + DATABASE;
    }

    private static PackagedPortal launch(String name) throws IOException {
        Path checkpoints = checkpoints(name);
        // Each instance's own anchor outside the database, new with the database.
        Files.deleteIfExists(checkpoints);
        Map<String, String> environment = new LinkedHashMap<>(stack.portalEnvironment());
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        environment.put("PORTAL_AUDIT_CHECKPOINT_FILE", checkpoints.toString());
        environment.putAll(Map.of(
                "PORTAL_REPORTING_CLOSE_EVERY", CLOSE_EVERY.toSeconds() + "s",
                "PORTAL_REPORTING_CLOSE_DELAY", "10s",
                "PORTAL_CHARTER_CLOCK_EVERY", CLOCK_EVERY.toSeconds() + "s",
                "PORTAL_NOTICES_EVERY", NOTICES_EVERY.toSeconds() + "s",
                "PORTAL_SESSIONS_HOUSEKEEPING_EVERY", "5s",
                "PORTAL_SESSIONS_HOUSEKEEPING_DELAY", "10s",
                "PORTAL_AUDIT_VERIFY_EVERY", "5s",
                "PORTAL_AUDIT_VERIFY_DELAY", "5s"));
        return PackagedPortal.launch(FreePorts.next(), environment, stack.certificate.trustOptions(),
                FOLDER.resolve("portal-" + name + ".log"));
    }

    private static Path checkpoints(String name) {
        return FOLDER.resolve("audit-checkpoints-" + name + ".jsonl");
    }

    /**
     * The instance's own address as the load balancer reaches it: 127.0.0.1, the trusted proxy, so the client
     * address each test client sends in X-Forwarded-For is the one the limits count.
     */
    private static String localUrl(PackagedPortal portal) {
        return portal.url().replace("//localhost:", "//127.0.0.1:");
    }

    private static Map<String, Integer> storedRowsOf(Set<String> ids) throws SQLException {
        Map<String, Integer> rows = new HashMap<>();
        try (Connection c = seeded.connect(); PreparedStatement q = c.prepareStatement("select count(*) from "
                + "survivor_case s join referral r on r.case_id = s.id where s.id = ?")) {
            for (String id : ids) {
                q.setObject(1, UUID.fromString(id));
                try (ResultSet row = q.executeQuery()) {
                    row.next();
                    rows.put(id, row.getInt(1));
                }
            }
        }
        return rows;
    }

    /** Every referral the ledger's clients could have stored: all but the seeded history and the notice's case. */
    private static long apiRowsInDatabase() throws SQLException {
        try (Connection c = seeded.connect(); PreparedStatement q = c.prepareStatement("select count(*) from referral "
                + "where owner_subject not like 'seeded-%' and case_id <> ?")) {
            q.setObject(1, noticeCase);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection c = seeded.connect(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, parameter);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Instant closedAt(String period) throws SQLException {
        try (Connection c = seeded.connect(); PreparedStatement q = c.prepareStatement(
                "select closed_at from report_release where period_id = ? and release = 1")) {
            q.setString(1, period);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next(), "no release of " + period);
                return row.getTimestamp(1).toInstant();
            }
        }
    }

    /** The seeded promise's status, version and missed time, and how many escalation rows it has. */
    private static Map<String, Object> promise() throws SQLException {
        return row("select i.status, i.version, i.missed_at, (select count(*) from charter_escalation e "
                + "where e.commitment_instance_id = i.id) as escalations from commitment_instance i "
                + "where i.case_id = ?", seeded.overdueCase);
    }

    private static Map<String, Object> notice() throws SQLException {
        return row("select sent_at, attempts from outbound_notice where case_id = ?", noticeCase);
    }

    private static Map<String, Object> row(String sql, UUID parameter) throws SQLException {
        try (Connection c = seeded.connect(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, parameter);
            try (ResultSet row = q.executeQuery()) {
                assertTrue(row.next(), "no row for " + parameter);
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    values.put(row.getMetaData().getColumnLabel(i), row.getObject(i));
                }
                assertFalse(row.next(), "one row for " + parameter);
                return values;
            }
        }
    }

    private static Set<Long> databaseCheckpoints() throws SQLException {
        Set<Long> heads = new TreeSet<>();
        try (Connection c = seeded.connect();
                ResultSet rows = c.createStatement().executeQuery("select head_seq from audit_checkpoint")) {
            while (rows.next()) {
                heads.add(rows.getLong(1));
            }
        }
        return heads;
    }

    /** The seal numbers of the checkpoints in the instance's own file (empty before its first). */
    private static TreeSet<Long> headsIn(Instance instance) throws IOException {
        TreeSet<Long> heads = new TreeSet<>();
        if (Files.exists(instance.checkpoints())) {
            Matcher m = HEAD_SEQ.matcher(Files.readString(instance.checkpoints()));
            while (m.find()) {
                assertTrue(heads.add(Long.parseLong(m.group(1))), "a checkpoint twice in " + instance.checkpoints());
            }
        }
        return heads;
    }

    /** The highest seal the instance's verifier has found the chain intact to (0 before its first check). */
    private static long intactTo(Instance instance) throws IOException {
        Matcher m = INTACT.matcher(instance.portal().logText());
        long to = 0;
        while (m.find()) {
            to = Math.max(to, Long.parseLong(m.group(1)));
        }
        return to;
    }

    private static int occurrences(String regex, Instance... instances) throws IOException {
        int found = 0;
        for (Instance instance : instances) {
            Matcher m = Pattern.compile(regex).matcher(instance.portal().logText());
            while (m.find()) {
                found++;
            }
        }
        return found;
    }

    /** Neither instance logged an error: no conflict between them surfaced as a failed job or request. */
    private static void assertNoErrors() throws IOException {
        for (Instance instance : new Instance[] {a, b}) {
            String log = instance.portal().logText();
            assertFalse(log.contains(" ERROR ") || log.contains("\"level\":\"ERROR\""),
                    instance.name() + " logged an error; see " + instance.portal().log());
        }
    }

    private static List<String> messagesTo(String address) throws IOException {
        return SmtpSink.messages().stream().filter(message -> message.contains(address)).toList();
    }

    private static String forged(String token) {
        char first = token.charAt(0);
        return (first == 'A' ? 'B' : 'A') + token.substring(1);
    }

    private static String randomKey() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body.length() + " characters", e);
        }
    }

    private static void waitUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** Polls until {@code check} answers non-null, failing with {@code what} and the logs' paths after the timeout. */
    private static <T> T eventually(String what, Duration timeout, Callable<T> check) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(a.portal().isAlive() && b.portal().isAlive(), "an instance died; see " + FOLDER);
            T result = check.call();
            if (result != null) {
                return result;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not seen within " + timeout + ": " + what + "; logs in " + FOLDER);
    }
}
