package org.safeguarding.portal.acknowledgement;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Public on purpose: a survivor, their advocate, a solicitor or an inquiry can check that the portal acknowledged a
 * report, without an account. Nothing here reads a case: the answer depends only on the document sent.
 */
@Path("/api/v1/acknowledgements")
@Produces(MediaType.APPLICATION_JSON)
public class AcknowledgementApiResource {

    @Inject
    Acknowledgements acknowledgements;

    public record Verification(boolean valid) {
    }

    @POST
    @Path("verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Verification verify(Acknowledgement acknowledgement) {
        return new Verification(acknowledgements.verifies(acknowledgement));
    }

    /** The public keyset (Tink JSON) that verifies acknowledgements offline. */
    @GET
    @Path("public-key")
    @PermitAll
    public String publicKey() {
        return acknowledgements.publicKeyset();
    }
}
