package org.safeguarding.portal.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * Looks up a message by key, for texts chosen at run time (validation messages, statuses, refusals), in whichever of
 * the bundles holds it: {@code msg} (survivor-facing and shared), {@code staff} (the hub's pages), {@code charter},
 * {@code about} (the intake's "About you") or {@code board}. Several bundles because each must stay under what the
 * Qute build can generate (MessageBundleTest).
 */
@ApplicationScoped
public class Messages {

    /** The bundles other than {@code msg}, each with the keys it holds. */
    private final Map<Template, Set<String>> bundles = new LinkedHashMap<>();
    private final Template shared;

    Messages(Engine engine) {
        this.shared = engine.parse("{msg:message(key)}");
        for (String name : List.of("staff", "charter", "about", "board")) {
            bundles.put(engine.parse("{" + name + ":message(key)}"), keysOf("messages/" + name + ".properties"));
        }
    }

    public String text(String key) {
        Template bundle = bundles.entrySet().stream().filter(b -> b.getValue().contains(key)).map(Map.Entry::getKey)
                .findFirst().orElse(shared);
        return bundle.data("key", key).render();
    }

    private static Set<String> keysOf(String resource) {
        Properties bundle = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            bundle.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle.stringPropertyNames().stream().collect(Collectors.toUnmodifiableSet());
    }
}
