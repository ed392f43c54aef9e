package org.safeguarding.portal.web;

import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Messages;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** One error policy: a generic page for people, a problem document for the API, never exception text. */
@ApplicationScoped
public class ErrorPages {

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(int status, String correlationId);

        static native TemplateInstance refusal(String reason);

        static native TemplateInstance tooMany(long minutes);
    }

    private final Messages messages;

    ErrorPages(Messages messages) {
        this.messages = messages;
    }

    public Response response(Response.Status status) {
        return response(status.getStatusCode(), null);
    }

    /** The HTML page for a status; the correlation id lets support find the log line without any detail here. */
    public Response response(int status, String correlationId) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html(status, correlationId)).build();
    }

    /** The 429 page: a limit was reached, and in how many minutes to try again. */
    public Response tooMany(long minutes) {
        return Response.status(429).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.tooMany(minutes).render()).build();
    }

    public String html(int status, String correlationId) {
        return Templates.error(status, correlationId).render();
    }

    /** The page for a board request the disclosure rules refuse, with the portal's words of why. */
    public String htmlSaying(String reason) {
        return Templates.refusal(reason).render();
    }

    public Response problem(int status, String correlationId, List<FieldError> errors) {
        return problem(status, correlationId, errors, null);
    }

    /** A problem document whose detail is plain words the portal wrote (never anything the client sent). */
    public Response problemSaying(int status, String detail) {
        Problem problem = new Problem("about:blank", messages.text("problem_title_" + status), status, detail, null,
                null);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** A problem document; {@code detailKey} names the plain words of why, from the bundle. */
    public Response problem(int status, String correlationId, List<FieldError> errors, String detailKey) {
        return problem(null, status, correlationId, errors, detailKey);
    }

    /** A problem document of a {@code type} clients act on (null is {@code about:blank}). */
    public Response problem(String type, int status, String correlationId, List<FieldError> errors,
            String detailKey) {
        List<Problem.Error> fieldErrors = errors == null ? null
                : errors.stream().map(e -> new Problem.Error(e.field(),
                        e.wording() != null ? e.wording() : messages.text(e.messageKey()))).toList();
        String title = messages.text("problem_title_" + status);
        Problem problem = new Problem(type == null ? "about:blank" : type, title, status,
                detailKey == null ? null : messages.text(detailKey), correlationId, fieldErrors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
