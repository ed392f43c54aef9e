package org.safeguarding.portal.subjectaccess.web;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.safeguarding.portal.subjectaccess.CopyForReview;
import org.safeguarding.portal.subjectaccess.CopyReview;
import org.safeguarding.portal.subjectaccess.RecordsCopy;
import org.safeguarding.portal.subjectaccess.WithholdReason;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * A survivor's copy for caseworkers over the API: read it item by item, leave items out with a reason, finish the
 * review, and (a second caseworker) release it. The same rules as the pages ({@link CopyReview}).
 */
@Path("/api/v1/cases/{id}/requests/{requestId}/copy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CASEWORKER)
public class CopyReviewApiResource {

    /** An item to leave out: its id in the copy, the general reason, and the reviewer's explanation. */
    public record WithholdForm(String itemId, WithholdReason reason, String explanation) {
    }

    /** The copy as caseworkers see it (the page's view without the case summary). */
    public record CopyResponse(UUID caseId, UUID requestId, RecordsCopy.Stage stage, java.time.Instant preparedAt,
            java.time.Instant reviewedAt, java.time.Instant releasedAt, java.time.Instant availableUntil,
            java.time.Instant expiredAt, java.util.List<CopyForReview.ReviewSection> sections, int withheldCount,
            boolean mayRelease) {
        static CopyResponse of(CopyForReview copy) {
            return new CopyResponse(copy.c().id(), copy.requestId(), copy.stage(), copy.preparedAt(),
                    copy.reviewedAt(), copy.releasedAt(), copy.expiresAt(), copy.expiredAt(), copy.sections(),
                    copy.withheldCount(), copy.mayRelease());
        }
    }

    @Inject
    CopyReview review;
    @Inject
    CurrentUser user;

    @GET
    public CopyResponse copy(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        return CopyResponse.of(review.open(CaseActors.caseworker(user), parsed(id), parsed(requestId))
                .orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("withheld")
    @Consumes(MediaType.APPLICATION_JSON)
    public CopyResponse withhold(@PathParam("id") String id, @PathParam("requestId") String requestId,
            WithholdForm form) {
        WithholdForm given = form == null ? new WithholdForm(null, null, null) : form;
        if (given.itemId() == null) {
            throw new NotFoundException();
        }
        return CopyResponse.of(review.withhold(CaseActors.caseworker(user), parsed(id), parsed(requestId),
                given.itemId(), given.reason(), given.explanation()).orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("reviewed")
    public CopyResponse reviewed(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        return CopyResponse.of(review.finishReview(CaseActors.caseworker(user), parsed(id), parsed(requestId))
                .orElseThrow(NotFoundException::new));
    }

    @POST
    @Path("release")
    public CopyResponse release(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        return CopyResponse.of(review.release(CaseActors.caseworker(user), parsed(id), parsed(requestId))
                .orElseThrow(NotFoundException::new));
    }

    private static UUID parsed(String id) {
        return CaseIds.parse(id).orElseThrow(NotFoundException::new);
    }
}
