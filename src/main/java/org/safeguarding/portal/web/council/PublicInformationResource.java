package org.safeguarding.portal.web.council;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What every public body's service publishes, linked from every page's footer: the accessibility statement, the
 * privacy notice and the cookies the service sets. Anyone may read them, signed in or not (docs/pages.md).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PublicInformationResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accessibility();

        static native TemplateInstance privacy();

        static native TemplateInstance cookies(List<CookieList.Cookie> cookies);
    }

    @Inject
    CookieList cookieList;

    @GET
    @Path("accessibility")
    @PermitAll
    public TemplateInstance accessibility() {
        return Templates.accessibility();
    }

    @GET
    @Path("privacy")
    @PermitAll
    public TemplateInstance privacy() {
        return Templates.privacy();
    }

    @GET
    @Path("cookies")
    @PermitAll
    public TemplateInstance cookies() {
        return Templates.cookies(cookieList.all());
    }
}
