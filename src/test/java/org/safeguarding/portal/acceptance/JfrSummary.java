package org.safeguarding.portal.acceptance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JFR recording's CPU samples ({@code jdk.ExecutionSample}) were: the top frames by themselves (self time),
 * the portal's own methods with everything they called (inclusive), and the candidates the issue names, each as the
 * share of samples with one of its frames anywhere on the stack. JFR samples Java threads only: the garbage collector's
 * and the JIT compiler's CPU time is not in it (the service's whole CPU time is in the benchmark's figures).
 */
final class JfrSummary {

    /** A candidate: its name and the frame prefixes (class name starts) that belong to it. */
    private record Candidate(String name, List<String> prefixes) {
    }

    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate("field encryption (FieldCipher, Tink AEAD)",
                    List.of("org.safeguarding.portal.security.FieldCipher", "com.google.crypto.tink.aead")),
            new Candidate("acknowledgement (building and signing)", List.of("org.safeguarding.portal.acknowledgement")),
            new Candidate("signatures (Tink, Ed25519)", List.of("com.google.crypto.tink.signature",
                    "com.google.crypto.tink.internal.Ed25519", "com.google.crypto.tink.subtle.Ed25519")),
            new Candidate("HMAC (javax.crypto.Mac)", List.of("javax.crypto.Mac", "com.sun.crypto.provider.HmacCore")),
            new Candidate("AES-GCM (JCE)", List.of("com.sun.crypto.provider.GaloisCounterMode",
                    "com.sun.crypto.provider.AESCrypt")),
            new Candidate("Argon2id (Bouncy Castle)", List.of("org.bouncycastle.crypto.generators.Argon2")),
            new Candidate("request limits (AttemptLimiter)", List.of("org.safeguarding.portal.security.limits")),
            new Candidate("audit (AuditService, sealer)", List.of("org.safeguarding.portal.audit")),
            new Candidate("Hibernate ORM", List.of("org.hibernate")),
            new Candidate("transactions (Narayana)", List.of("com.arjuna", "io.quarkus.narayana")),
            new Candidate("connection pool (Agroal)", List.of("io.agroal")),
            new Candidate("PostgreSQL driver", List.of("org.postgresql")),
            new Candidate("token validation (Quarkus OIDC, jose4j)", List.of("io.quarkus.oidc", "org.jose4j",
                    "io.smallrye.jwt")),
            new Candidate("JSON (Jackson)", List.of("com.fasterxml.jackson")),
            new Candidate("HTTP and event loop (Vert.x, Netty)", List.of("io.vertx", "io.netty")),
            new Candidate("logging (JBoss LogManager)", List.of("org.jboss.logmanager")),
            new Candidate("scheduled jobs (Quarkus scheduler)", List.of("io.quarkus.scheduler")));

    private JfrSummary() {
    }

    /** The summary as text: {@code top} self frames and portal methods, then the candidates. */
    static String of(Path recording, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> portalInclusive = new HashMap<>();
        Map<String, Integer> candidates = new LinkedHashMap<>();
        CANDIDATES.forEach(c -> candidates.put(c.name(), 0));
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            Set<String> matched = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (name.startsWith("org.safeguarding.portal.") && seen.add(name)) {
                    portalInclusive.merge(name, 1, Integer::sum);
                }
                for (Candidate candidate : CANDIDATES) {
                    if (candidate.prefixes().stream().anyMatch(name::startsWith)) {
                        matched.add(candidate.name());
                    }
                }
            }
            matched.forEach(name -> candidates.merge(name, 1, Integer::sum));
        }
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Profile: %d CPU samples (jdk.ExecutionSample) in %s%n", samples,
                recording));
        text.append("Top frames (self):\n");
        append(text, self, samples, top);
        text.append("Portal methods (inclusive: the method and all it called):\n");
        append(text, portalInclusive, samples, top);
        text.append("Candidates (share of samples with one of its frames on the stack; they overlap):\n");
        int total = samples;
        candidates.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> text.append(String.format(Locale.ROOT, "  %5.1f %%  %s%n",
                        100.0 * e.getValue() / Math.max(1, total), e.getKey())));
        return text.toString();
    }

    private static void append(StringBuilder text, Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> text.append(String.format(Locale.ROOT, "  %5.1f %%  %6d  %s%n",
                        100.0 * e.getValue() / Math.max(1, samples), e.getValue(), e.getKey())));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
