package org.safeguarding.portal.receipt;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

import org.safeguarding.portal.security.CsrfTokens;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.security.limits.TooManyAttempts;

/**
 * Telling us without an account, as pages. A receipt code is handed out first, shown once, and the person confirms
 * they saved it before writing anything; everything they write is then kept under that code (drafts included), and
 * the code is the only way back. Coming back with the code opens a session cookie for that one case.
 */
@Path("/receipt")
@Produces(MediaType.TEXT_HTML)
public class ReceiptResource {

    private static final SecureRandom RANDOM = new SecureRandom();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(String csrf);

        static native TemplateInstance code(String receiptCode, boolean notConfirmed, String csrf);

        static native TemplateInstance comeBack(String csrf, String problem, boolean expired);

        static native TemplateInstance replace();

        static native TemplateInstance replaced(String receiptCode);
    }

    @Inject
    ReceiptSessions receiptSessions;
    @Inject
    AnonymousSessions sessions;
    @Inject
    ReceiptSessionCookie cookies;
    @Inject
    CsrfTokens csrfTokens;
    @Inject
    CurrentUser user;
    @Inject
    ReceiptCodeReplacement replacement;
    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @GET
    @Path("start")
    @PermitAll
    public Response start(RoutingContext routing) {
        if (user.signedIn()) {
            return alreadyIn();
        }
        return withPreSession(cookies.preSessionIn(routing.request()), csrf -> Templates.start(csrf));
    }

    /** Hands out the code and opens the session; the code appears in this answer and nowhere else. */
    @POST
    @Path("start")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response begin() {
        // Too many starts: TooManyAttempts, answered 429 with Retry-After (web.ErrorMappers).
        receiptSessions.countStart();
        var started = receiptSessions.start();
        // The session starts with this answer, so its form token is made here rather than from the request.
        String csrf = csrfTokens.tokenFor(started.ownerSubject(), started.session().token());
        return Response.ok(Templates.code(started.receiptCode(), false, csrf)).cookie(cookies.issue(started.session()))
                .build();
    }

    /**
     * "I have saved my code": only then does the first question appear. Without the tick the same code is shown
     * again, taken from the form and checked against this session's receipt, since it is stored nowhere.
     */
    @POST
    @Path("saved")
    @RolesAllowed(Roles.RECEIPT_HOLDER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saved(@RestForm String receiptCode, @RestForm String saved) {
        if (saved != null) {
            return Response.seeOther(URI.create("/my/tell-us/1")).build();
        }
        if (receiptCode == null || !receiptSessions.isCodeOf(receiptCode, user.subject())) {
            throw new BadRequestException();
        }
        return Response.status(422).entity(Templates.code(receiptCode, true, csrfTokens.tokenFor(user).orElse("")))
                .build();
    }

    @GET
    @Path("come-back")
    @PermitAll
    public Response comeBack(RoutingContext routing, @QueryParam("expired") boolean expired) {
        if (user.signedIn()) {
            return alreadyIn();
        }
        return withPreSession(cookies.preSessionIn(routing.request()), csrf -> Templates.comeBack(csrf, null, expired));
    }

    /** Every failure is the same page, after the same delay; too many attempts are refused whatever the code. */
    @POST
    @Path("come-back")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response openWithCode(@RestForm String receiptCode, RoutingContext routing) {
        String csrf = csrfTokens.preSessionToken(cookies.preSessionIn(routing.request()));
        try {
            return receiptSessions.open(receiptCode)
                    .map(session -> Response.seeOther(URI.create("/my/cases")).cookie(cookies.issue(session)).build())
                    .orElseGet(() -> Response.status(401)
                            .entity(Templates.comeBack(csrf, "receipt_not_recognised", false)).build());
        } catch (TooManyAttempts refused) {
            return Response.status(429).header("Retry-After", refused.retryAfter().toSeconds())
                    .entity(Templates.comeBack(csrf, "receipt_too_many", false)).build();
        }
    }

    /** Ends the receipt session on this device; the code still opens it again later. */
    @POST
    @Path("leave")
    @RolesAllowed(Roles.RECEIPT_HOLDER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(RoutingContext routing) {
        sessions.end(cookies.tokenIn(routing.request()));
        return Response.seeOther(URI.create("/signed-out")).cookie(cookies.clear()).build();
    }

    /** "Someone else may have seen my code": what replacing it does, and the button. */
    @GET
    @Path("replace")
    @RolesAllowed(Roles.RECEIPT_HOLDER)
    public TemplateInstance replacePage() {
        return Templates.replace();
    }

    /** A new code, shown once as the first was; the old one opens nothing from now on. */
    @POST
    @Path("replace")
    @RolesAllowed(Roles.RECEIPT_HOLDER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replaceCode() {
        Object session = identity.getAttribute(CurrentUser.RECEIPT_SESSION_ATTRIBUTE);
        return replacement.replace(user.subject(), String.valueOf(session), Optional.empty())
                .map(code -> Response.ok(Templates.replaced(code)).build())
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    /** Someone already signed in, or already in a receipt session, goes to their own pages. */
    private Response alreadyIn() {
        return Response.seeOther(URI.create(user.hasRole(Roles.RECEIPT_HOLDER) ? "/my/cases" : "/home")).build();
    }

    /** The page with a CSRF token bound to a random pre-session cookie, set now if the browser has none yet. */
    private Response withPreSession(String preSession, java.util.function.Function<String, TemplateInstance> page) {
        if (preSession != null && preSession.length() >= 32) {
            return Response.ok(page.apply(csrfTokens.preSessionToken(preSession))).build();
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return Response.ok(page.apply(csrfTokens.preSessionToken(fresh))).cookie(cookies.preSession(fresh)).build();
    }
}
