package org.safeguarding.portal.intake.referrer;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * The signed-in survivor accepts the invitation to a case someone else referred: from then on it is theirs. Any code
 * that opens nothing (unknown, used, replaced, expired) is the same 404; attempts are limited (429 with Retry-After,
 * {@link InvitationAcceptance}).
 */
@Path("/api/v1/me/invitations/acceptance")
@Produces(MediaType.APPLICATION_JSON)
public class InvitationAcceptanceApiResource {

    @Inject
    InvitationAcceptance invitations;
    @Inject
    CurrentUser user;

    /** The code to accept, as the survivor types it (spaces, dashes and small letters allowed). */
    public record AcceptForm(String code) {
    }

    public record AcceptedView(UUID id, String reference, CaseStatus status, Instant openedAt) {
    }

    @POST
    @RolesAllowed(Roles.SURVIVOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public AcceptedView accept(AcceptForm form) {
        var accepted = invitations.accept(CaseActors.survivor(user), form == null ? null : form.code())
                .orElseThrow(NotFoundException::new);
        return new AcceptedView(accepted.id(), accepted.reference(), accepted.status(), accepted.openedAt());
    }
}
