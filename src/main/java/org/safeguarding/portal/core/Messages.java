package org.safeguarding.portal.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * Looks up a message by key, for texts chosen at run time (validation messages, refusals, what the survivor is told),
 * in whichever bundle holds it. The bundles are split by feature (docs/pages.md) and no key is in two of them, so the
 * key alone finds its bundle.
 */
@ApplicationScoped
public class Messages {

    /** Every Qute message bundle, by namespace; each one's words are in {@code messages/<namespace>.properties}. */
    public static final List<String> BUNDLES = List.of("layout", "home", "common", "errors", "intake", "receipt",
            "mycase", "casework", "actions", "screening", "onward", "messages", "notes", "requests", "access",
            "accesslist", "charter", "board", "retention", "subjectaccess", "rights", "about", "casefind",
            "referrer", "language", "invitation", "referreraccess", "hubrecords");

    /** For each key, the template that renders it from its bundle. */
    private final Map<String, Template> bundleOfKey = new HashMap<>();

    Messages(Engine engine) {
        for (String name : BUNDLES) {
            Template bundle = engine.parse("{" + name + ":message(key)}");
            for (String key : keysOf(name)) {
                if (bundleOfKey.put(key, bundle) != null) {
                    throw new IllegalStateException(key + " is in two message bundles; a key must name one text");
                }
            }
        }
    }

    public String text(String key) {
        return bundleOf(key).data("key", key).render();
    }

    /** Whether some bundle has this key: from the map built at start, without reading a file. */
    public boolean has(String key) {
        return bundleOfKey.containsKey(key);
    }

    /** The words in a given language, whatever the request's: for what is sent outside any page (a notice). */
    public String text(Locale language, String key) {
        return bundleOf(key).data("key", key).setLocale(language).render();
    }

    private Template bundleOf(String key) {
        Template bundle = bundleOfKey.get(key);
        if (bundle == null) {
            throw new IllegalArgumentException("no message bundle has " + key);
        }
        return bundle;
    }

    /**
     * The key of an enum constant's words, for a bundle message {@code @Message String name(TheEnum constant)}: Qute
     * joins the name and the constant with {@code _$} when any constant of the enum has an underscore, with {@code _}
     * otherwise ({@code partner_$VOLUNTARY_SECTOR}, {@code channel_PHONE}).
     */
    public static String key(String name, Enum<?> constant) {
        boolean underscore = Arrays.stream(constant.getDeclaringClass().getEnumConstants())
                .anyMatch(each -> each.name().contains("_"));
        return name + (underscore ? "_$" : "_") + constant.name();
    }

    /** A bundle's keys: the only way to tell which bundle holds a key without rendering it. */
    public static java.util.Set<String> keysOf(String bundle) {
        Properties words = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("messages/" + bundle + ".properties")) {
            words.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words.stringPropertyNames();
    }
}
