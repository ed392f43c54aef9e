package org.safeguarding.portal.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * A words file on the class path ({@code messages/…}, {@code charter/…}): read as UTF-8, since translations are
 * written in their own script (ŵ, ł, اردو), not in the ISO-8859-1 that {@code Properties.load(InputStream)} assumes.
 */
public final class WordFiles {

    private WordFiles() {
    }

    /** The file's words, or empty when there is no such file (a language that has none for this). */
    public static Optional<Properties> read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties words = new Properties();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Optional.of(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
