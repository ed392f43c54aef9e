package org.safeguarding.portal.charter;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The charter in force as a page anyone can read, before or without signing in. */
@Path("/charter")
@Produces(MediaType.TEXT_HTML)
public class CharterPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance charter(CharterDefinition charter);
    }

    @Inject
    CharterCatalogue catalogue;
    @Inject
    java.time.Clock clock;

    @GET
    @PermitAll
    public TemplateInstance charter() {
        return Templates.charter(catalogue.versionFor(java.time.Instant.now(clock)));
    }
}
