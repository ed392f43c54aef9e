package org.safeguarding.portal.rights;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * The lead's erasure requests: the list, most urgent first with what is overdue, and one request to decide category by
 * category with reasons (the survivor is told). Plain forms; no JavaScript.
 */
@Path("/casework/erasure-requests")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.LEAD)
public class ErasurePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ErasureService.OpenRequest> requests);

        static native TemplateInstance decide(ErasureService.ToDecide found, List<ErasureCategory> categories,
                String problem);
    }

    @Inject
    ErasureService erasures;
    @Inject
    CurrentUser user;
    @Inject
    Messages words;

    @GET
    public TemplateInstance list() {
        return Templates.list(erasures.openRequests(lead(user)));
    }

    @GET
    @Path("{requestId}")
    public TemplateInstance decidePage(@PathParam("requestId") String requestId) {
        return page(id(requestId), null);
    }

    @POST
    @Path("{requestId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("requestId") String requestId, @RestForm List<String> erase,
            @RestForm String reasons) {
        UUID id = id(requestId);
        try {
            erasures.decide(lead(user), id, categories(erase), reasons).orElseThrow(NotFoundException::new);
            return Response.seeOther(URI.create("/casework/erasure-requests/" + id)).build();
        } catch (Refused refused) {
            return Response.status(refused.status()).entity(page(id, words.text(refused.messageKey()))).build();
        } catch (ValidationProblem problem) {
            return Response.status(422).entity(page(id, words.text(problem.errors().get(0).messageKey()))).build();
        }
    }

    /** The lead acts as lead (their token also carries caseworker): the audit says which. */
    static Actor lead(CurrentUser user) {
        return new Actor(user.subject(), Roles.LEAD);
    }

    /** The categories ticked; a name that is no category is a malformed form (400, nothing decided). */
    static Set<ErasureCategory> categories(List<String> names) {
        Set<ErasureCategory> chosen = EnumSet.noneOf(ErasureCategory.class);
        if (names != null) {
            for (String name : names) {
                try {
                    chosen.add(ErasureCategory.valueOf(name));
                } catch (IllegalArgumentException | NullPointerException unknown) {
                    throw new jakarta.ws.rs.BadRequestException();
                }
            }
        }
        return chosen;
    }

    private TemplateInstance page(UUID id, String problem) {
        return Templates.decide(erasures.openToDecide(lead(user), id).orElseThrow(NotFoundException::new),
                List.of(ErasureCategory.values()), problem);
    }

    private static UUID id(String requestId) {
        return CaseIds.parse(requestId).orElseThrow(NotFoundException::new);
    }
}
