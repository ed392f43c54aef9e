package org.safeguarding.portal.web;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/** Looks up a message of the bundle by key, for texts chosen at run time (validation messages, statuses). */
@ApplicationScoped
public class Messages {

    private final Template byKey;

    Messages(Engine engine) {
        this.byKey = engine.parse("{msg:message(key)}");
    }

    public String text(String key) {
        return byKey.data("key", key).render();
    }
}
