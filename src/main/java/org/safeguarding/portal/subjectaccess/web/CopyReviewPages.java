package org.safeguarding.portal.subjectaccess.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.subjectaccess.CopyContent;
import org.safeguarding.portal.subjectaccess.CopyForReview;
import org.safeguarding.portal.subjectaccess.CopyReview;
import org.safeguarding.portal.subjectaccess.WithholdReason;
import org.safeguarding.portal.actions.ActionPages;
import org.safeguarding.portal.actions.Problems;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * The caseworkers' pages for a survivor's copy, linked from the records request on the case record: the copy item by
 * item (each read audited), a page per item to leave it out with a reason, "I have reviewed every item", and the
 * second caseworker's release. Plain forms, post-redirect-get back to the copy with what was done; a refusal (the
 * same person releasing, a finished review) shows the page again with why.
 */
@Path("/casework/cases/{id}/requests/{requestId}/copy")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class CopyReviewPages {

    /** The copy's item ids are made of a kind, UUIDs and numbers; anything else names no item (404). */
    private static final java.util.regex.Pattern ITEM_ID = java.util.regex.Pattern.compile("[a-z0-9-]{1,120}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(CopyForReview copy, String done, Problems problems);

        static native TemplateInstance withhold(CopyForReview copy, CopyContent.Item item, List<String> reasons,
                String reason, String explanation, Problems problems);
    }

    @Inject
    CopyReview review;
    @Inject
    CurrentUser user;
    @Inject
    Messages words;

    @GET
    public Response page(@PathParam("id") String id, @PathParam("requestId") String requestId,
            @QueryParam("done") String done) {
        UUID caseId = ActionPages.caseId(id);
        UUID request = ActionPages.caseId(requestId);
        String shown = done == null || !List.of("withheld", "reviewed", "released").contains(done) ? null : done;
        return ActionPages.page(caseId, () -> Templates.review(open(caseId, request), shown, Problems.NONE));
    }

    @GET
    @Path("items/{itemId}/withhold")
    public Response withholdPage(@PathParam("id") String id, @PathParam("requestId") String requestId,
            @PathParam("itemId") String itemId) {
        UUID caseId = ActionPages.caseId(id);
        UUID request = ActionPages.caseId(requestId);
        return ActionPages.page(caseId, () -> {
            CopyForReview copy = open(caseId, request);
            return Templates.withhold(copy, itemOf(copy, itemId), reasons(), "", "", Problems.NONE);
        });
    }

    @POST
    @Path("items/{itemId}/withhold")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withhold(@PathParam("id") String id, @PathParam("requestId") String requestId,
            @PathParam("itemId") String itemId, @RestForm String reason, @RestForm String explanation) {
        UUID caseId = ActionPages.caseId(id);
        UUID request = ActionPages.caseId(requestId);
        checkedItemId(itemId);
        WithholdReason why = ActionPages.enumOrNull(WithholdReason.class, reason);
        return act(caseId, request, "withheld", "withhold-form",
                () -> review.withhold(CaseActors.caseworker(user), caseId, request, itemId, why, explanation),
                problems -> {
                    CopyForReview copy = open(caseId, request);
                    return Templates.withhold(copy, itemOf(copy, itemId), reasons(), ActionPages.kept(reason),
                            ActionPages.kept(explanation), problems);
                });
    }

    @POST
    @Path("reviewed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reviewed(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        UUID caseId = ActionPages.caseId(id);
        UUID request = ActionPages.caseId(requestId);
        return act(caseId, request, "reviewed", "review-form",
                () -> review.finishReview(CaseActors.caseworker(user), caseId, request),
                problems -> Templates.review(open(caseId, request), null, problems));
    }

    @POST
    @Path("release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@PathParam("id") String id, @PathParam("requestId") String requestId) {
        UUID caseId = ActionPages.caseId(id);
        UUID request = ActionPages.caseId(requestId);
        return act(caseId, request, "released", "release-form",
                () -> review.release(CaseActors.caseworker(user), caseId, request),
                problems -> Templates.review(open(caseId, request), null, problems));
    }

    /** Done: back to the copy with what was done; or the page again with why (422, or the refusal's status). */
    private Response act(UUID caseId, UUID request, String done, String formId,
            Supplier<Optional<CopyForReview>> change, java.util.function.Function<Problems, TemplateInstance> again) {
        try {
            change.get().orElseThrow(NotFoundException::new);
            return Response.seeOther(URI.create(pathOf(caseId, request) + "?done=" + done)).build();
        } catch (ValidationProblem problem) {
            return Response.status(422).entity(again.apply(Problems.of(problem, words))).build();
        } catch (Refused refused) {
            if (ActionPages.needsDeclaredReason(refused)) {
                return ActionPages.declareFirst(caseId);
            }
            return Response.status(refused.status())
                    .entity(again.apply(Problems.refused(formId, words.text(refused.messageKey())))).build();
        }
    }

    private CopyForReview open(UUID caseId, UUID request) {
        return review.open(CaseActors.caseworker(user), caseId, request).orElseThrow(NotFoundException::new);
    }

    private static CopyContent.Item itemOf(CopyForReview copy, String itemId) {
        checkedItemId(itemId);
        return copy.sections().stream().flatMap(section -> section.items().stream())
                .filter(item -> item.item().id().equals(itemId) && !item.isWithheld()).map(CopyForReview.ReviewItem::item)
                .findFirst().filter(item -> copy.isInReview()).orElseThrow(NotFoundException::new);
    }

    private static void checkedItemId(String itemId) {
        if (itemId == null || !ITEM_ID.matcher(itemId).matches()) {
            throw new NotFoundException();
        }
    }

    private static List<String> reasons() {
        return ActionPages.names(WithholdReason.values());
    }

    static String pathOf(UUID caseId, UUID request) {
        return "/casework/cases/" + caseId + "/requests/" + request + "/copy";
    }
}
