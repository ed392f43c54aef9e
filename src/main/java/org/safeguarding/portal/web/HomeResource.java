package org.safeguarding.portal.web;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.security.CurrentUser;
import org.safeguarding.portal.security.Roles;

/** The public start page, the role-aware landing after sign-in, and the signed-out page. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start();

        static native TemplateInstance signedOut();

    }

    @Inject
    CurrentUser user;

    @GET
    @PermitAll
    public TemplateInstance start() {
        return Templates.start();
    }

    /**
     * Where "Sign in" leads: the sign-in redirect returns here, and each role goes to its own work. Someone already in
     * a receipt-code session who presses it goes back to their case rather than meeting a refusal.
     */
    @GET
    @Path("home")
    @RolesAllowed({ Roles.SURVIVOR, Roles.CASEWORKER, Roles.BOARD, Roles.RECEIPT_HOLDER })
    public Response home() {
        String target = user.hasRole(Roles.CASEWORKER) ? "/casework"
                : user.hasRole(Roles.BOARD) ? "/board" : "/my/cases";
        return Response.seeOther(URI.create(target)).build();
    }

    @GET
    @Path("signed-out")
    @PermitAll
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
