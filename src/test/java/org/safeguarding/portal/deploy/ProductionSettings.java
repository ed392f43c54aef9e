package org.safeguarding.portal.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a production start needs, read from where the service itself decides it, so a new required setting shows up
 * here without anyone remembering to list it: the variables {@code security.ProductionSecretsGuard} refuses to start
 * without, and the ones application.properties reads with no default outside the dev and test profiles. Also the
 * .env files compose reads. Paths are relative to the repository root, where Maven runs the tests.
 */
final class ProductionSettings {

    static final Path ENV_EXAMPLE = Path.of(".env.example");
    /** A variable holds a secret when a word of its name says so (KEY as a word: PORTAL_KEYCLOAK_URL is no secret). */
    static final Pattern SECRET_NAME = Pattern.compile("(?:^|_)(?:PASSWORD|SECRET|KEY|KEYSET)(?:_|$)");

    private static final Path GUARD = Path.of("src/main/java/org/safeguarding/portal/security/ProductionSecretsGuard.java");
    private static final Path PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Pattern GUARDED_NAME = Pattern.compile("\"(PORTAL_[A-Z0-9_]+)");
    private static final Pattern NO_DEFAULT = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    private ProductionSettings() {
    }

    /** Every environment variable without which the prod profile does not start. */
    static Set<String> requiredByProdProfile() throws IOException {
        Set<String> required = new TreeSet<>();
        Matcher guarded = GUARDED_NAME.matcher(Files.readString(GUARD));
        while (guarded.find()) {
            required.add(guarded.group(1));
        }
        for (String line : Files.readAllLines(PROPERTIES)) {
            if (line.startsWith("#") || line.startsWith("%dev.") || line.startsWith("%test.")) {
                continue;
            }
            Matcher noDefault = NO_DEFAULT.matcher(line);
            while (noDefault.find()) {
                required.add(noDefault.group(1));
            }
        }
        if (required.size() < 8) {
            throw new IllegalStateException("the guard or application.properties no longer name their variables as "
                    + "this reader expects; found only " + required);
        }
        return required;
    }

    static boolean isSecret(String name) {
        return SECRET_NAME.matcher(name).find();
    }

    /** NAME=value lines as compose reads them (comments and blank lines skipped, one pair of quotes removed). */
    static Map<String, String> readEnv(String text) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("not NAME=value: " + trimmed.replaceAll("=.*", "=..."));
            }
            String name = trimmed.substring(0, equals);
            String value = trimmed.substring(equals + 1);
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (env.put(name, value) != null) {
                throw new IllegalArgumentException(name + " is given twice");
            }
        }
        return env;
    }

    static Map<String, String> envExample() throws IOException {
        return readEnv(Files.readString(ENV_EXAMPLE));
    }
}
