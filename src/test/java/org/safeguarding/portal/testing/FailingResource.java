package org.safeguarding.portal.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test-only endpoints that fail the way real code can, with sensitive text in the exception, so the error policy
 * can be shown to keep it out of pages, problem documents and logs. Part of the test application only.
 */
@Path("/api/v1/test-only")
@PermitAll
public class FailingResource {

    public static final String CANARY = "SensitiveCanary-7f3a";

    @GET
    @Path("failure")
    @Produces(MediaType.APPLICATION_JSON)
    public String apiFailure() {
        throw new IllegalStateException("account text " + CANARY, new RuntimeException("cause " + CANARY));
    }
}

/** The same failure on a page. */
@Path("/test-only")
@PermitAll
class FailingPageResource {

    @GET
    @Path("failure")
    @Produces(MediaType.TEXT_HTML)
    public String pageFailure() {
        throw new IllegalStateException("account text " + FailingResource.CANARY);
    }
}
