package org.safeguarding.portal.onward;

import java.util.List;
import java.util.Map;
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
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.cases.ActionCase;
import org.safeguarding.portal.actions.ActionPages;
import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.CaseService;
import org.safeguarding.portal.actions.Problems;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * Onward referrals, one thing per page: "Propose an onward referral" (a partner, and an override reason where the
 * survivor has not agreed and the case is a child at risk), and "Update an onward referral" (where one referral goes
 * next). {@code POST} returns to the record, or shows the page again with why and what was chosen.
 */
@Path("/casework/cases/{id}/onward-referrals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class OnwardReferralPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance propose(ActionCase c, List<String> partners, String partner,
                String overrideReason, Problems problems);

        static native TemplateInstance move(ActionCase c, OnwardReferralView referral, String status,
                Problems problems);
    }

    @Inject
    CaseService cases;
    @Inject
    OnwardReferralService onwardReferrals;
    @Inject
    CurrentUser user;
    @Inject
    Messages words;

    @GET
    public Response proposePage(@PathParam("id") String id) {
        UUID caseId = ActionPages.caseId(id);
        return ActionPages.page(caseId, () -> Templates.propose(open(caseId), partners(), "", "", Problems.NONE));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("id") String id, @RestForm String partner, @RestForm String overrideReason) {
        UUID caseId = ActionPages.caseId(id);
        Partner chosen = ActionPages.enumOrNull(Partner.class, partner);
        return ActionPages.act(caseId, "onward", "onward-form", words,
                () -> onwardReferrals.propose(CaseActors.caseworker(user), caseId, chosen, overrideReason),
                problems -> Templates.propose(open(caseId), partners(), ActionPages.kept(partner),
                        ActionPages.kept(overrideReason), problems));
    }

    @GET
    @Path("{referralId}/status")
    public Response movePage(@PathParam("id") String id, @PathParam("referralId") String referralId) {
        UUID caseId = ActionPages.caseId(id);
        UUID referral = ActionPages.caseId(referralId);
        return ActionPages.page(caseId, () -> {
            var found = toMove(caseId, referral);
            return Templates.move(found.c(), found.referral(), "", Problems.NONE);
        });
    }

    @POST
    @Path("{referralId}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") String id, @PathParam("referralId") String referralId,
            @RestForm String status) {
        UUID caseId = ActionPages.caseId(id);
        UUID referral = ActionPages.caseId(referralId);
        OnwardReferralStatus to = ActionPages.enumOrNull(OnwardReferralStatus.class, status);
        return ActionPages.act(caseId, "onward_status", "onward-status-form", words,
                () -> onwardReferrals.move(CaseActors.caseworker(user), caseId, referral, to), problems -> {
                    var found = toMove(caseId, referral);
                    return Templates.move(found.c(), found.referral(), ActionPages.kept(status), problems.linkedTo(
                            Map.of("status", Problems.firstOf("status", found.referral().nextStatuses()))));
                });
    }

    private OnwardReferralService.ReferralToMove toMove(UUID caseId, UUID referralId) {
        return onwardReferrals.openToMove(CaseActors.caseworker(user), caseId, referralId)
                .orElseThrow(NotFoundException::new);
    }

    private static List<String> partners() {
        return ActionPages.names(Partner.values());
    }

    private ActionCase open(UUID caseId) {
        return cases.openForChange(CaseActors.caseworker(user), caseId).orElseThrow(NotFoundException::new);
    }
}
