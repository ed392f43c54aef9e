package org.safeguarding.portal.rights.account;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import org.safeguarding.portal.core.Actor;
import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;
import org.safeguarding.portal.security.session.EndedSignIns;

/**
 * "Close my portal account": a confirmation page that says what it means and how to come back, the form that closes
 * it; afterwards {@link AccountClosedPage}.
 */
@Path("/my/account")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.SURVIVOR)
public class AccountPages {

    private static final Logger LOG = Logger.getLogger(AccountPages.class);
    /** Every cookie Quarkus OIDC sets starts so (the session, its chunks, the sign-in state). */
    private static final String OIDC_COOKIES = "q_";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance close(boolean unavailable);
    }

    @Inject
    AccountClosures closures;
    @Inject
    CurrentUser user;
    @Inject
    SecurityIdentity identity;

    @GET
    @Path("closure")
    public TemplateInstance confirm() {
        return Templates.close(false);
    }

    @POST
    @Path("closure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@Context HttpHeaders headers) {
        try {
            closures.close(new Actor(user.subject(), Roles.SURVIVOR), EndedSignIns.sessionIdOf(identity));
        } catch (KeycloakAccounts.Unavailable e) {
            LOG.warnf("An account could not be closed: %s", e.getMessage());
            return Response.status(503).entity(Templates.close(true)).build();
        }
        // The sign-in has ended (EndedSignIns refuses it from now on): the browser forgets its cookies, as the quick
        // exit makes it, so the page that says how to come back opens without one.
        Response.ResponseBuilder closed = Response.seeOther(URI.create(AccountClosedPage.PATH))
                .header("Cache-Control", "no-store");
        headers.getCookies().keySet().stream().filter(name -> name.startsWith(OIDC_COOKIES)).distinct()
                .forEach(name -> closed.cookie(new NewCookie.Builder(name).value("").path("/").maxAge(0)
                        .httpOnly(true).build()));
        return closed.build();
    }
}
