package org.safeguarding.portal.security.badinput;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.safeguarding.portal.testing.LogCapture;

/**
 * Proof by attack (issue 15, part 5): from the service's own OpenAPI document, read now, thousands of malformed
 * requests across every operation and role (survivor, receipt session, caseworker, board, nobody), against the real
 * stack. Every answer must be free of 5xx, every refusal a clear 4xx, no refused request may leave a row in any table,
 * and no submitted text may come back in an answer or reach the log. The counts per category are printed.
 */
@QuarkusTest
class BadInputSuiteTest {

    /** The floor for one run; the suite sends well over it. */
    private static final int AT_LEAST = 2_000;
    /** Requests per category to a route that checks a receipt code (see {@link Operation#checksReceiptCode}). */
    private static final int RECEIPT_CODE_SAMPLE = 2;

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @TestHTTPResource("/")
    URL root;
    /** The management interface ({@code /q/} on its own port): the OpenAPI document (the test build's lists the pages too). */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void noBadRequestFailsTheServiceStoresARowOrComesBack() throws Exception {
        long started = System.nanoTime();
        ApiDocument document = ApiDocument.parse(given().get(management.toString().replaceAll("/+$", "")
                + "/openapi?format=json").then().statusCode(200).extract().asString());
        Cast cast = Cast.assemble(keycloakUrl);
        String run = "badinput" + lowercase(6) + "n";
        Requests requests = new Requests(cast.actors, new Shapes(document), run);
        Wire wire = new Wire(root.toString(), cast.actors);
        TableCounts tables = new TableCounts(dataSource);
        Campaign campaign = new Campaign(wire, tables);
        cast.awaitExpiry();
        try (LogCapture log = LogCapture.start()) {
            boolean closing = false;
            for (Operation op : inOrder(document.operations())) {
                if (op.closesAccount() && !closing) {
                    // Closing an account disables its sign-in: not the suite's survivor, whose sessions the other
                    // operations (and a later run's setup) rely on, but one made for it.
                    cast.closeAsASurvivorOfTheirOwn(keycloakUrl);
                    closing = true;
                }
                if (op.checksReceiptCode()) {
                    List<Attack> sample = new ArrayList<>();
                    batches(op, requests, cast).forEach(batch -> sample.addAll(sample(batch)));
                    campaign.run(sample);
                } else {
                    batches(op, requests, cast).forEach(campaign::run);
                }
            }
            replays(document.operations(), requests, wire, tables, campaign);
            log.linesContaining(run).forEach(line -> campaign.failure("submitted text in the log: " + line));
        } finally {
            campaign.close();
            tables.close();
        }
        System.out.println(campaign.report() + String.format("%d operations from the OpenAPI document, %.1f s%n",
                document.operations().size(), (System.nanoTime() - started) / 1e9)
                + tables.cost() + "\nnever past sign-in, role or CSRF with a malformed body: " + campaign.neverReached());
        Files.write(Path.of("target", "bad-input-suite-failures.txt"), campaign.failures());
        assertTrue(campaign.total() >= AT_LEAST, "only " + campaign.total() + " bad requests were sent");
        // Bodies that never get past the door prove nothing about the code that reads them (a lost form token, say).
        assertEquals(List.of(), campaign.neverReached(), "operations whose bodies were never read as their own role");
        assertEquals(List.of(), campaign.failures().subList(0, Math.min(40, campaign.failures().size())),
                campaign.failures().size() + " failures (the first 40 shown; all in target/bad-input-suite-failures.txt)");
    }

    /** Every category for the operation, a batch per category and role. */
    private static List<List<Attack>> batches(Operation op, Requests requests, Cast cast) {
        BodyAttacks bodies = new BodyAttacks(requests);
        RawAttacks raw = new RawAttacks(requests);
        AddressAttacks addresses = new AddressAttacks(requests);
        AccessAttacks access = new AccessAttacks(requests, cast.refusedTokens);
        List<List<Attack>> batches = new ArrayList<>();
        for (Role role : op.homeRoles()) {
            batches.add(bodies.wrongTypes(op, role));
            batches.add(bodies.missingAndExtraFields(op, role));
            batches.add(bodies.hugeAndEmptyValues(op, role));
            batches.add(bodies.controlAndBidi(op, role));
            batches.add(raw.invalidUtf8(op, role));
            batches.add(raw.wrongContentTypes(op, role));
            batches.add(raw.malformedJson(op, role));
            batches.add(addresses.badIds(op, role));
            batches.add(addresses.badQueryValues(op, role));
            batches.add(access.anotherSurvivorsIds(op, role));
            batches.add(access.formPostsWithoutCsrf(op, role));
        }
        batches.add(access.wrongRoles(op));
        batches.add(access.badCredentials(op));
        return batches;
    }

    /**
     * An Idempotency-Key used once, then sent with other bodies (each refused, nothing stored), then with the identical
     * body (the first answer again, nothing stored).
     */
    private static void replays(List<Operation> operations, Requests requests, Wire wire, TableCounts tables,
            Campaign campaign) {
        ReplayAttacks replays = new ReplayAttacks(requests);
        for (Operation op : operations) {
            if (!ReplayAttacks.takesIdempotencyKey(op)) {
                continue;
            }
            for (Role role : op.homeRoles()) {
                Optional<ReplayAttacks.Original> original = replays.original(op, role, wire);
                if (original.isEmpty()) {
                    campaign.failure("no body the service accepts was found to replay for " + op.label());
                    continue;
                }
                campaign.run(replays.replays(op, role, original.get()));
                Map<String, Long> before = tables.now();
                Answer again = campaign.sendUncounted(replays.identical(op, role, original.get()));
                String grown = TableCounts.grown(before, tables.now());
                if (again.status() / 100 != 2 || !grown.isEmpty()) {
                    campaign.failure("the identical replay to " + op.label() + " answered " + again.status()
                            + (grown.isEmpty() ? "" : " and stored rows: " + grown));
                }
            }
        }
    }

    /**
     * Operations that end the caller's own session go last, so the suite's sessions stay open for the rest; those that
     * close the account after them.
     */
    private static List<Operation> inOrder(List<Operation> operations) {
        List<Operation> ordered = new ArrayList<>(operations);
        ordered.sort(Comparator.comparing(Operation::closesAccount).thenComparing(Operation::endsSession)
                .thenComparing(Operation::path)
                .thenComparing(Operation::method));
        return ordered;
    }

    /** The first few of a batch (one category): a route that checks a receipt code is sent only these. */
    private static List<Attack> sample(List<Attack> batch) {
        return batch.subList(0, Math.min(RECEIPT_CODE_SAMPLE, batch.size()));
    }

    private static String lowercase(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}
