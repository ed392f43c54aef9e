package org.safeguarding.portal.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;

/**
 * The council's area as data: one borough, its localities, and their wards, in the order the council lists them. The
 * portal asks a survivor which ward they live in only to count, anonymously, who the service reaches (board tables by
 * borough, locality and ward, under disclosure control); a referral stores the ward's code, {@link #OUTSIDE_AREA} or
 * {@link #PREFER_NOT_TO_SAY}. The shipped file ({@code area/areas.json}) is an example: a council supplies its own with
 * {@code portal.area.file} (docs/deployment.md). A file that breaks the rules below stops the service at start.
 */
@ApplicationScoped
@Startup // built at start, so a broken file stops the service then, not at the first survivor's "About you"
public class AreaCatalogue {

    static final String BUILT_IN = "/area/areas.json";

    /** The answer of someone who lives outside the borough. */
    public static final String OUTSIDE_AREA = "OUTSIDE_AREA";
    /** The answer of someone who would rather not say where they live. */
    public static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";
    /** The longest code a council's file may use (ONS ward codes have 9 characters); referral.ward is wider. */
    public static final int MAX_CODE_LENGTH = 16;

    private static final Logger LOG = Logger.getLogger(AreaCatalogue.class);
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_CODE_LENGTH + "}");

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ward(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Locality(String code, String name, List<Ward> wards) {
        public Locality {
            wards = wards == null ? List.of() : List.copyOf(wards);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Borough(String code, String name, List<Locality> localities) {
        public Borough {
            localities = localities == null ? List.of() : List.copyOf(localities);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AreaFile(Borough borough, boolean example) {
    }

    private final Borough borough;
    private final boolean example;
    private final Map<String, Ward> wards = new LinkedHashMap<>();
    private final Map<String, Locality> localityOfWard = new LinkedHashMap<>();
    private final Map<String, Locality> localities = new LinkedHashMap<>();

    @Inject
    AreaCatalogue(@ConfigProperty(name = "portal.area.file") Optional<String> file) {
        this(read(file));
        if (example) {
            LOG.warn("The areas are the shipped example borough: set portal.area.file to the council's own wards "
                    + "(docs/deployment.md)");
        }
    }

    AreaCatalogue(AreaFile file) {
        if (file == null || file.borough() == null) {
            throw new IllegalStateException("the areas file names no borough");
        }
        this.borough = file.borough();
        this.example = file.example();
        Set<String> codes = new HashSet<>(Set.of(OUTSIDE_AREA, PREFER_NOT_TO_SAY));
        requireCode(borough.code(), borough.name(), codes);
        if (borough.localities().isEmpty()) {
            throw new IllegalStateException("the areas file lists no locality");
        }
        for (Locality locality : borough.localities()) {
            requireCode(locality.code(), locality.name(), codes);
            localities.put(locality.code(), locality);
            if (locality.wards().isEmpty()) {
                throw new IllegalStateException("locality " + locality.code() + " lists no ward");
            }
            for (Ward ward : locality.wards()) {
                requireCode(ward.code(), ward.name(), codes);
                wards.put(ward.code(), ward);
                localityOfWard.put(ward.code(), locality);
            }
        }
    }

    /** The borough, with its localities and their wards in the file's order. */
    public Borough borough() {
        return borough;
    }

    /** Whether this is the shipped example rather than a council's own file. */
    public boolean isExample() {
        return example;
    }

    public List<Locality> localities() {
        return borough.localities();
    }

    /** Every ward, locality by locality, in the file's order. */
    public List<Ward> wards() {
        return List.copyOf(wards.values());
    }

    public Optional<Ward> ward(String code) {
        return Optional.ofNullable(code == null ? null : wards.get(code));
    }

    /** The locality with this code. */
    public Optional<Locality> locality(String code) {
        return Optional.ofNullable(code == null ? null : localities.get(code));
    }

    /** The locality a ward lies in. */
    public Optional<Locality> localityOfWard(String wardCode) {
        return Optional.ofNullable(wardCode == null ? null : localityOfWard.get(wardCode));
    }

    /** Whether a survivor's answer may be stored: a ward's code, {@link #OUTSIDE_AREA} or {@link #PREFER_NOT_TO_SAY}. */
    public boolean isAnswer(String value) {
        return value != null && (wards.containsKey(value) || OUTSIDE_AREA.equals(value)
                || PREFER_NOT_TO_SAY.equals(value));
    }

    private static void requireCode(String code, String name, Set<String> seen) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalStateException("an area code in the areas file is missing or not 1 to " + MAX_CODE_LENGTH
                    + " letters, digits, '-' or '_'");
        }
        if (!seen.add(code)) {
            throw new IllegalStateException("area code " + code + " is used twice, or is a reserved answer");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("area " + code + " has no name");
        }
    }

    private static AreaFile read(Optional<String> file) {
        ObjectMapper json = new ObjectMapper();
        try {
            if (file.isPresent()) {
                return json.readValue(Files.readString(Path.of(file.get())), AreaFile.class);
            }
            try (InputStream in = AreaCatalogue.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in areas file is missing");
                }
                return json.readValue(in, AreaFile.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the areas file cannot be read", e);
        }
    }
}
