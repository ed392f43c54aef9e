package org.safeguarding.portal.rights;

import java.net.URI;
import java.util.List;
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

import org.safeguarding.portal.cases.web.CaseActors;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * The survivor's choices on their case page, one thing per page, as plain forms (no JavaScript): withdraw the case
 * (after a confirmation page that says what it means, and, where a child is at risk, what the hub must still do), ask
 * the hub to act again, and ask for erasure. Signed in or in a receipt-code session.
 */
@Path("/my/cases/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.SURVIVOR, Roles.RECEIPT_HOLDER })
public class SurvivorChoicePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance withdraw(UUID caseId, boolean childAtRisk, String problem);

        static native TemplateInstance erasure(UUID caseId, List<ErasureService.ErasureView> requests,
                String problem);
    }

    @Inject
    WithdrawalService withdrawals;
    @Inject
    ErasureService erasures;
    @Inject
    CurrentUser user;
    @Inject
    Messages words;

    @GET
    @Path("withdrawal")
    public TemplateInstance confirmWithdrawal(@PathParam("id") String id) {
        UUID caseId = caseId(id);
        return Templates.withdraw(caseId, childAtRisk(caseId), null);
    }

    @POST
    @Path("withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") String id) {
        UUID caseId = caseId(id);
        try {
            withdrawals.withdraw(survivor(), caseId).orElseThrow(NotFoundException::new);
            return backToCase(caseId);
        } catch (Refused refused) {
            return Response.status(refused.status()).entity(Templates.withdraw(caseId, childAtRisk(caseId),
                    words.text(refused.messageKey()))).build();
        }
    }

    @POST
    @Path("renewal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response askAgain(@PathParam("id") String id) {
        UUID caseId = caseId(id);
        try {
            withdrawals.askAgain(survivor(), caseId).orElseThrow(NotFoundException::new);
        } catch (Refused alreadyOpen) {
            // Asked twice (a second tab): the case is open either way.
        }
        return backToCase(caseId);
    }

    @GET
    @Path("erasure")
    public TemplateInstance erasure(@PathParam("id") String id) {
        UUID caseId = caseId(id);
        return Templates.erasure(caseId, requests(caseId), null);
    }

    @POST
    @Path("erasure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response askErasure(@PathParam("id") String id, @RestForm String words) {
        UUID caseId = caseId(id);
        try {
            erasures.ask(survivor(), caseId, words).orElseThrow(NotFoundException::new);
            return Response.seeOther(URI.create("/my/cases/" + caseId + "/erasure")).build();
        } catch (Refused refused) {
            return Response.status(refused.status()).entity(Templates.erasure(caseId, requests(caseId),
                    this.words.text(refused.messageKey()))).build();
        } catch (ValidationProblem problem) {
            return Response.status(422).entity(Templates.erasure(caseId, requests(caseId),
                    this.words.text(problem.errors().get(0).messageKey()))).build();
        }
    }

    private boolean childAtRisk(UUID caseId) {
        return withdrawals.recordsChildAtRisk(survivor(), caseId).orElseThrow(NotFoundException::new);
    }

    private List<ErasureService.ErasureView> requests(UUID caseId) {
        return erasures.requestsOf(survivor(), caseId).orElseThrow(NotFoundException::new);
    }

    private Actor survivor() {
        return CaseActors.survivor(user);
    }

    private static UUID caseId(String id) {
        return CaseIds.parse(id).orElseThrow(NotFoundException::new);
    }

    private static Response backToCase(UUID caseId) {
        return Response.seeOther(URI.create("/my/cases/" + caseId)).build();
    }
}
