package org.safeguarding.portal.charter;

import org.safeguarding.portal.core.WorkingCalendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The charter's versions. At start each published file is loaded into {@code charter_version} if it is new; a
 * version already there must be byte-for-byte the same, because open cases run on it: a changed promise is a new
 * version with a later effective date, never an edit. The database's versions are then what the service uses.
 */
@ApplicationScoped
public class CharterCatalogue {

    private final EntityManager em;
    private final List<String> resources;
    private final Clock clock;
    /** Strict about names (a misspelt field must not silently drop a rule); an absent flag is false. */
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private volatile NavigableMap<Integer, CharterDefinition> versions = new TreeMap<>();

    CharterCatalogue(EntityManager em,
            @ConfigProperty(name = "portal.charter.resources", defaultValue = "charter/charter-v1.json")
            List<String> resources, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.resources = resources;
    }

    void load(@Observes StartupEvent started) {
        QuarkusTransaction.requiringNew().run(() -> {
            // One instance at a time, so two starting together do not both insert a new version.
            em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, 0x63686172746572L)
                    .getSingleResult();
            for (String resource : resources) {
                publish(read(resource), resource);
            }
            versions = readAll();
        });
        if (versions.isEmpty()) {
            throw new IllegalStateException("no charter version is published");
        }
    }

    /** The version a case opened at this moment runs under: the latest in force on that day in London. */
    public CharterDefinition versionFor(Instant openedAt) {
        LocalDate day = WorkingCalendar.londonDate(openedAt);
        return versions.descendingMap().values().stream().filter(v -> !v.effectiveFrom().isAfter(day)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no charter version in force on " + day));
    }

    public CharterDefinition version(int version) {
        return Optional.ofNullable(versions.get(version))
                .orElseThrow(() -> new IllegalStateException("unknown charter version " + version));
    }

    void publish(byte[] file, String resource) {
        CharterDefinition definition = parse(file, resource);
        String sha = sha256(file);
        List<?> existing = em.createNativeQuery("select sha256 from charter_version where version = ?1")
                .setParameter(1, definition.version()).getResultList();
        if (existing.isEmpty()) {
            em.createNativeQuery("insert into charter_version (version, effective_from, title, definition, sha256, "
                    + "loaded_at) values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, definition.version())
                    .setParameter(2, definition.effectiveFrom()).setParameter(3, definition.title())
                    .setParameter(4, new String(file, StandardCharsets.UTF_8)).setParameter(5, sha)
                    .setParameter(6, Instant.now(clock)).executeUpdate();
        } else if (!sha.equals(existing.get(0))) {
            throw new IllegalStateException(resource + " changes charter version " + definition.version()
                    + ", which is already published and binds open cases: publish a new version instead");
        }
    }

    private NavigableMap<Integer, CharterDefinition> readAll() {
        NavigableMap<Integer, CharterDefinition> all = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<String> stored = em.createNativeQuery("select definition from charter_version order by version")
                .getResultList();
        for (String definition : stored) {
            CharterDefinition parsed = parse(definition.getBytes(StandardCharsets.UTF_8), "charter_version");
            all.put(parsed.version(), parsed);
        }
        return all;
    }

    CharterDefinition parse(byte[] file, String source) {
        try {
            return json.readValue(file, CharterDefinition.class).validated();
        } catch (IOException e) {
            throw new IllegalStateException(source + " is not a valid charter definition", e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("charter resource not found: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("charter resource unreadable: " + resource, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
