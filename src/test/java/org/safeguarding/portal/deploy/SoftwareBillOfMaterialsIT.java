package org.safeguarding.portal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The build's software bill of materials (target/bom.json, CycloneDX, made at package) names every library the
 * packaged service ships, each with a package URL and a SHA-256, so a council can check what it runs against the
 * vulnerability databases (docs/deployment.md). Runs after package, with the acceptance suite. The bill is made on
 * CI (the {@code sbom} profile, active wherever {@code CI} is set) and with {@code -Psbom}; on CI it must be there.
 */
class SoftwareBillOfMaterialsIT {

    private static final Path BOM = Path.of("target", "bom.json");
    private static final Path LIBRARIES = Path.of("target", "quarkus-app", "lib");

    @Test
    void everyShippedLibraryIsListedWithItsPackageUrlAndHash() throws IOException {
        if (System.getenv("CI") == null) {
            assumeTrue(Files.exists(BOM), "no " + BOM + ": it is made on CI or with -Psbom");
        }
        JsonNode bom = new ObjectMapper().readTree(BOM.toFile());
        assertEquals("CycloneDX", bom.path("bomFormat").asText());
        List<String> listed = new ArrayList<>();
        for (JsonNode component : bom.path("components")) {
            // Quarkus names a shipped jar groupId.artifactId-version[-classifier].jar.
            listed.add(component.path("group").asText() + "." + component.path("name").asText() + "-"
                    + component.path("version").asText());
            assertTrue(component.path("purl").asText().startsWith("pkg:maven/"), component.toString());
            boolean sha256 = false;
            for (JsonNode hash : component.path("hashes")) {
                sha256 |= hash.path("alg").asText().equals("SHA-256") && !hash.path("content").asText().isBlank();
            }
            assertTrue(sha256, "a SHA-256 for " + component.path("purl").asText());
        }
        List<String> unlisted;
        try (Stream<Path> jars = Files.walk(LIBRARIES)) {
            unlisted = jars.map(jar -> jar.getFileName().toString()).filter(name -> name.endsWith(".jar"))
                    .filter(jar -> listed.stream().noneMatch(jar::startsWith)).toList();
        }
        assertFalse(listed.isEmpty());
        assertEquals(List.of(), unlisted, "shipped but missing from " + BOM);
    }
}
