package org.safeguarding.portal.messages;

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
import org.safeguarding.portal.contact.ContactChannel;

/**
 * "Send a message", one thing per page: a message in the portal, or a contact by another channel recorded, as the
 * survivor's contact-safety plan allows (or with an override reason). {@code POST} returns to the record, or shows
 * the page again with why and what was typed.
 */
@Path("/casework/cases/{id}/messages")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.CASEWORKER)
public class MessagePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance send(ActionCase c, MessageForm form, List<String> channels, Problems problems);
    }

    /** What was typed, shown again when the message could not be sent. */
    public record MessageForm(String text, String channel, String overrideReason, boolean preferencesAsked,
            boolean explainsDecision) {
        static final MessageForm EMPTY = new MessageForm("", ContactChannel.PORTAL.name(), "", false, false);
    }

    @Inject
    CaseService cases;
    @Inject
    MessageService messages;
    @Inject
    CurrentUser user;
    @Inject
    Messages words;

    @GET
    public Response page(@PathParam("id") String id) {
        UUID caseId = ActionPages.caseId(id);
        return ActionPages.page(caseId, () -> Templates.send(open(caseId), MessageForm.EMPTY, channels(), Problems.NONE));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendMessage(@PathParam("id") String id, @RestForm String text, @RestForm String channel,
            @RestForm String overrideReason, @RestForm String preferencesAsked, @RestForm String explainsDecision) {
        UUID caseId = ActionPages.caseId(id);
        var outbound = new MessageService.Outbound(text, ActionPages.enumOrNull(ContactChannel.class, channel),
                overrideReason, "yes".equals(preferencesAsked), "yes".equals(explainsDecision));
        var typed = new MessageForm(ActionPages.kept(text), ActionPages.kept(channel), ActionPages.kept(overrideReason),
                "yes".equals(preferencesAsked), "yes".equals(explainsDecision));
        return ActionPages.act(caseId, "message", "message-form", words,
                () -> messages.sendByCaseworker(CaseActors.caseworker(user), caseId, outbound),
                problems -> Templates.send(open(caseId), typed, channels(),
                        problems.linkedTo(Map.of("overrideReason", "message-override"))));
    }

    private static List<String> channels() {
        return ActionPages.names(ContactChannel.values());
    }

    private ActionCase open(UUID caseId) {
        return cases.openForChange(CaseActors.caseworker(user), caseId).orElseThrow(NotFoundException::new);
    }
}
