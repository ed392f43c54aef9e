package org.safeguarding.portal.web.council;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * What the layout loads besides GOV.UK Frontend's script: GOV.UK Frontend's stylesheet without what is GOV.UK's alone,
 * the council's colour as a stylesheet (no inline style: the CSP allows styles from this service only) and its logo.
 * Public and identical for everyone, so cacheable like the other static files (security/SecurityHeaders).
 */
@Path("/assets")
@PermitAll
public class CouncilAssets {

    /** The GOV.UK Frontend the layout uses; its script is served as it is from the WebJar. */
    static final String GOVUK_FRONTEND_CSS = "/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/"
            + "govuk-frontend.min.css";

    private static final String GOVUK_STYLESHEET = withoutGovukOnlyAssets(read(GOVUK_FRONTEND_CSS));

    @Inject
    Council council;

    @GET
    @Path("govuk-frontend.css")
    @Produces("text/css")
    public String govukFrontend() {
        return GOVUK_STYLESHEET;
    }

    /** The council's colour as a custom property that static/css/portal.css applies to the header and footer. */
    @GET
    @Path("council.css")
    @Produces("text/css")
    public String councilStylesheet() {
        return ":root { --portal-council-colour: " + council.colour() + "; }\n";
    }

    @GET
    @Path("council-logo")
    public Response logo() throws IOException {
        java.nio.file.Path file = council.logoFile().orElseThrow(NotFoundException::new);
        String type = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? "image/png"
                : "image/svg+xml";
        return Response.ok(Files.readAllBytes(file), type).build();
    }

    /**
     * GOV.UK Frontend's compiled stylesheet declares the GDS Transport typeface, which only GOV.UK may use, and names it
     * first in every font stack: any browser would fetch it. Without the declarations and the name, text is in Arial
     * (the stack's next font), as GOV.UK Frontend's guidance for services outside GOV.UK says.
     */
    static String withoutGovukOnlyAssets(String css) {
        return css.replaceAll("@font-face\\{[^}]*}", "").replace("GDS Transport,", "")
                .replace("font-family:GDS Transport", "font-family:arial,sans-serif");
    }

    private static String read(String resource) {
        try (InputStream in = CouncilAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("GOV.UK Frontend's stylesheet is not on the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
