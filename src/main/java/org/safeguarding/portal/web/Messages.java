package org.safeguarding.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * Looks up a message by key, for texts chosen at run time (validation messages, statuses, refusals), in whichever of
 * the bundles holds it: {@code msg} (survivor-facing and shared), {@code staff} (the hub's pages), {@code charter} or
 * {@code about} (the intake's "About you").
 */
@ApplicationScoped
public class Messages {

    private final Template shared;
    private final Template staff;
    private final Template charter;
    private final Template about;
    private final Set<String> staffKeys;
    private final Set<String> charterKeys;
    private final Set<String> aboutKeys;

    Messages(Engine engine) {
        this.shared = engine.parse("{msg:message(key)}");
        this.staff = engine.parse("{staff:message(key)}");
        this.charter = engine.parse("{charter:message(key)}");
        this.about = engine.parse("{about:message(key)}");
        this.staffKeys = keysOf("messages/staff.properties");
        this.charterKeys = keysOf("messages/charter.properties");
        this.aboutKeys = keysOf("messages/about.properties");
    }

    public String text(String key) {
        Template bundle = staffKeys.contains(key) ? staff : charterKeys.contains(key) ? charter
                : aboutKeys.contains(key) ? about : shared;
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
