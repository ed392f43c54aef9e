package org.safeguarding.portal.web.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;

/**
 * Every template rendered while answering a request, in one place rather than in each resource, gets the request's
 * language: Qute then takes each {@code {bundle:key}} from {@code messages/<bundle>_<code>.properties} (falling back
 * to the English file only where a language has no file for a bundle at all; LanguageCompletenessTest keeps every
 * shipped language complete), and {@code web.TimeFormats} and the charter's words read the same attribute. Templates
 * rendered outside a request (scheduled jobs) stay English.
 */
@ApplicationScoped
class PagesFollowTheLanguage {

    void everyTemplate(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(PagesFollowTheLanguage::setLanguage);
    }

    private static void setLanguage(TemplateInstance page) {
        if (!Arc.container().requestContext().isActive()) {
            return;
        }
        try (InstanceHandle<LanguageChoice> choice = Arc.container().instance(LanguageChoice.class)) {
            page.setLocale(choice.get().locale());
        }
    }
}
