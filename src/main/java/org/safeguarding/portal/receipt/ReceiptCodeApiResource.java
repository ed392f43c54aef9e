package org.safeguarding.portal.receipt;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;

import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * The API counterpart of "someone else may have seen my code", for a receipt session
 * ({@code Authorization: Receipt <token>}): {@code POST /api/v1/me/cases/{id}/receipt-code} answers 201 with the new
 * code, shown this once. Only the session's own case: any other id is 404, as for a case that does not exist.
 */
@Path("/api/v1/me/cases/{id}/receipt-code")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptCodeApiResource {

    /** The new code, in the answer and nowhere else. */
    public record NewReceiptCode(String receiptCode) {
    }

    @Inject
    ReceiptCodeReplacement replacement;
    @Inject
    CurrentUser user;
    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed(Roles.RECEIPT_HOLDER)
    public Response replace(@PathParam("id") String id) {
        UUID caseId;
        try {
            caseId = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException();
        }
        Object session = identity.getAttribute(CurrentUser.RECEIPT_SESSION_ATTRIBUTE);
        return replacement.replace(user.subject(), String.valueOf(session), Optional.of(caseId))
                .map(code -> Response.status(201).entity(new NewReceiptCode(code)).build())
                .orElseThrow(NotFoundException::new);
    }
}
