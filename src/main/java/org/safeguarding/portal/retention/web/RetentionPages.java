package org.safeguarding.portal.retention.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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

import org.safeguarding.portal.retention.DisposalItemView;
import org.safeguarding.portal.retention.DisposalService;
import org.safeguarding.portal.retention.HoldCategory;
import org.safeguarding.portal.retention.HoldView;
import org.safeguarding.portal.retention.LegalHoldService;
import org.safeguarding.portal.cases.web.CaseIds;
import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.ValidationProblem;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/**
 * The lead's pages: legal holds (the list, setting one by case reference, releasing one) and the disposal list
 * (approving it, taking a case off it with a reason). Post-redirect-get; no script needed.
 */
@Path("/records")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.LEAD)
public class RetentionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance holds(List<HoldView> current, List<HoldView> past, List<FieldError> errors,
                List<HoldCategory> categories, String reference, String category, String reason, String done);

        static native TemplateInstance release(HoldView hold, List<FieldError> errors);

        static native TemplateInstance disposals(List<DisposalItemView> proposed, List<DisposalItemView> decided,
                List<FieldError> errors, String done);

        static native TemplateInstance remove(DisposalItemView item, List<FieldError> errors);
    }

    private static final Set<String> DONE = Set.of("hold_set", "hold_released", "approved", "removed");

    @Inject
    LegalHoldService holds;
    @Inject
    DisposalService disposals;
    @Inject
    CurrentUser user;

    @GET
    @Path("holds")
    public TemplateInstance holdsPage(@QueryParam("done") String done) {
        return holdsPage(List.of(), null, null, null, done != null && DONE.contains(done) ? done : null);
    }

    @POST
    @Path("holds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setHold(@RestForm String reference, @RestForm String category, @RestForm String reason) {
        HoldCategory chosen = categoryOrNull(category);
        Optional<UUID> caseId = holds.caseWithReference(reference);
        try {
            if (caseId.isEmpty()) {
                throw new ValidationProblem(List.of(new FieldError("reference", "error_hold_reference_unknown")));
            }
            holds.set(lead(), caseId.get(), chosen, reason).orElseThrow(NotFoundException::new);
            return seeOther("/records/holds?done=hold_set");
        } catch (ValidationProblem problem) {
            return Response.status(422).entity(holdsPage(problem.errors(), reference, category, reason, null)).build();
        }
    }

    @GET
    @Path("holds/{id}/release")
    public TemplateInstance releasePage(@PathParam("id") String id) {
        return Templates.release(currentHold(id), List.of());
    }

    @POST
    @Path("holds/{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@PathParam("id") String id, @RestForm String reason) {
        HoldView hold = currentHold(id);
        try {
            holds.release(lead(), hold.id(), reason).orElseThrow(NotFoundException::new);
            return seeOther("/records/holds?done=hold_released");
        } catch (ValidationProblem problem) {
            return Response.status(422).entity(Templates.release(hold, problem.errors())).build();
        }
    }

    @GET
    @Path("disposals")
    public TemplateInstance disposalsPage(@QueryParam("done") String done) {
        return disposalsPage(List.of(), done != null && DONE.contains(done) ? done : null);
    }

    /** Approves exactly the items the page showed (each sent as {@code item}), never one added since. */
    @POST
    @Path("disposals/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@RestForm("item") List<String> items) {
        List<UUID> ids = items == null ? List.of() : items.stream().map(CaseIds::parse)
                .map(id -> id.orElseThrow(BadRequestException::new)).toList();
        try {
            disposals.approve(lead(), ids);
            return seeOther("/records/disposals?done=approved");
        } catch (ValidationProblem problem) {
            return Response.status(422).entity(disposalsPage(problem.errors(), null)).build();
        }
    }

    @GET
    @Path("disposals/{id}/removal")
    public TemplateInstance removePage(@PathParam("id") String id) {
        return Templates.remove(proposedItem(id), List.of());
    }

    @POST
    @Path("disposals/{id}/removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") String id, @RestForm String reason) {
        DisposalItemView item = proposedItem(id);
        try {
            disposals.remove(lead(), item.id(), reason).orElseThrow(NotFoundException::new);
            return seeOther("/records/disposals?done=removed");
        } catch (ValidationProblem problem) {
            return Response.status(422).entity(Templates.remove(item, problem.errors())).build();
        }
    }

    private TemplateInstance holdsPage(List<FieldError> errors, String reference, String category, String reason,
            String done) {
        List<HoldView> all = holds.list(lead());
        return Templates.holds(all.stream().filter(HoldView::current).toList(),
                all.stream().filter(h -> !h.current()).toList(), errors, List.of(HoldCategory.values()), reference,
                category, reason, done);
    }

    private TemplateInstance disposalsPage(List<FieldError> errors, String done) {
        List<DisposalItemView> all = disposals.list(lead());
        return Templates.disposals(all.stream().filter(DisposalItemView::proposed).toList(),
                all.stream().filter(i -> !i.proposed()).toList(), errors, done);
    }

    /** A current hold, for its release page; a released or unknown one is 404 (nothing to release). */
    private HoldView currentHold(String id) {
        return CaseIds.parse(id).flatMap(holdId -> holds.open(lead(), holdId)).filter(HoldView::current)
                .orElseThrow(NotFoundException::new);
    }

    private DisposalItemView proposedItem(String id) {
        return CaseIds.parse(id).flatMap(itemId -> disposals.open(lead(), itemId))
                .filter(DisposalItemView::proposed).orElseThrow(NotFoundException::new);
    }

    private Actor lead() {
        return new Actor(user.subject(), Roles.LEAD);
    }

    private static HoldCategory categoryOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return HoldCategory.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException();
        }
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
