package org.safeguarding.portal.rights.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What a survivor sees after closing their account: that it is closed, their cases are kept, and how to come back.
 * Public: their session has ended by the time they get here, and it says nothing about anyone.
 */
@Path(AccountClosedPage.PATH)
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class AccountClosedPage {

    static final String PATH = "/account-closed";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance closed();
    }

    @GET
    public TemplateInstance closed() {
        return Templates.closed();
    }
}
