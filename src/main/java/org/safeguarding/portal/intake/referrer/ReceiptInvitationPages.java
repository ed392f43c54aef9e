package org.safeguarding.portal.intake.referrer;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;

import org.safeguarding.portal.receipt.ReceiptSessionCookie;
import org.safeguarding.portal.security.CsrfTokens;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.security.limits.TooManyAttempts;

/**
 * Taking over a case someone else referred without an account: the invitation code gives the case a new receipt (its
 * code shown once, as at {@code /receipt/start}) and opens a receipt session for it. Only someone in no session at all
 * may do this: a receipt session belongs to one case and cannot take another, and a signed-in survivor uses
 * {@code /my/invitation}. Limited as receipt codes are ({@link InvitationAcceptance}); any code that opens nothing is
 * the same 422.
 */
@Path("/receipt/invitation")
@Produces(MediaType.TEXT_HTML)
public class ReceiptInvitationPages {

    private static final SecureRandom RANDOM = new SecureRandom();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipt(String receiptCode, java.util.UUID caseId);
    }

    @Inject
    InvitationAcceptance acceptance;
    @Inject
    ReceiptSessionCookie cookies;
    @Inject
    CsrfTokens csrfTokens;
    @Inject
    CurrentUser user;

    @GET
    @PermitAll
    public Response enter(RoutingContext routing) {
        if (user.signedIn()) {
            return alreadyIn();
        }
        String preSession = cookies.preSessionIn(routing.request());
        if (preSession != null && preSession.length() >= 32) {
            return Response.ok(enterPage(csrfTokens.preSessionToken(preSession), null)).build();
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return Response.ok(enterPage(csrfTokens.preSessionToken(fresh), null)).cookie(cookies.preSession(fresh))
                .build();
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@RestForm String code, RoutingContext routing) {
        if (user.signedIn()) {
            // The code is not even tried: a session (or a sign-in) already has its own case.
            return alreadyIn();
        }
        String csrf = csrfTokens.preSessionToken(cookies.preSessionIn(routing.request()));
        try {
            return acceptance.acceptWithReceipt(code)
                    .map(taken -> Response.ok(Templates.receipt(taken.receiptCode(), taken.taken().id()))
                            .header("Cache-Control", "no-store").cookie(cookies.issue(taken.session())).build())
                    .orElseGet(() -> Response.status(422).entity(enterPage(csrf, "invitation_error_code")).build());
        } catch (TooManyAttempts refused) {
            return Response.status(429).header("Retry-After", refused.retryAfter().toSeconds())
                    .entity(enterPage(csrf, "invitation_error_too_many")).build();
        }
    }

    private static TemplateInstance enterPage(String csrf, String problem) {
        return InvitationAcceptancePages.Templates.enter(csrf, problem, true);
    }

    private Response alreadyIn() {
        String home = user.hasRole(Roles.RECEIPT_HOLDER) ? "/my/cases"
                : user.hasRole(Roles.SURVIVOR) ? "/my/invitation" : "/home";
        return Response.seeOther(URI.create(home)).build();
    }
}
