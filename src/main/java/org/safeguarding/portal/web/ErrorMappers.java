package org.safeguarding.portal.web;

import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.ForbiddenException;

/**
 * Maps every failure to a generic page or a problem document. What is logged is the exception's type and stack
 * frames only: exception messages can carry SQL parameters or input, and nothing sensitive may reach a log.
 */
class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @Inject
    ErrorPages errorPages;
    @Inject
    org.safeguarding.portal.core.Messages messages;
    @Inject
    org.safeguarding.portal.security.origin.RequestOrigin origin;

    @ServerExceptionMapper
    Response validation(ValidationProblem problem, UriInfo uri) {
        // Pages catch ValidationProblem themselves to show the form again; this answers the API.
        return errorPages.problem(422, null, problem.errors());
    }

    /** A limit reached (receipt codes, starts, submissions, messages): 429, and when to try again, in plain words. */
    @ServerExceptionMapper
    Response tooManyAttempts(org.safeguarding.portal.security.limits.TooManyAttempts refused, UriInfo uri) {
        Response answer = isApi(uri) ? errorPages.problem(429, null, null)
                : errorPages.tooMany(refused.retryAfterMinutes());
        return Response.fromResponse(answer).header("Retry-After", refused.retryAfter().toSeconds()).build();
    }

    /** The API answers a refusal with its status and plain words; pages catch it to show the form again. */
    @ServerExceptionMapper
    Response refused(Refused refused, UriInfo uri) {
        return isApi(uri) ? errorPages.problem(refused.problemType(), refused.status(), null, null,
                refused.messageKey())
                : errorPages.response(refused.status(), null);
    }

    /**
     * A board request the disclosure rules refuse (an exclusion filter, a free date range, a day or a week, a minimum):
     * 400 with the portal's own words of why. Pages say the same on the error page.
     */
    @ServerExceptionMapper
    Response refusedStatistics(org.safeguarding.portal.reporting.disclosure.query.RefusedRequestException refused,
            UriInfo uri) {
        String why = messages.text(refused.reasonKey());
        return isApi(uri) ? errorPages.problemSaying(400, why)
                : Response.status(400).type(jakarta.ws.rs.core.MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .entity(errorPages.htmlSaying(why)).build();
    }

    /** Two people changed the same case at once: the second is asked to look again, nothing is lost. */
    @ServerExceptionMapper
    Response concurrentChange(jakarta.persistence.OptimisticLockException e, UriInfo uri) {
        return isApi(uri) ? errorPages.problem(409, null, null, "problem_concurrent_change")
                : errorPages.response(409, null);
    }

    /**
     * A body that is not valid JSON, or holds a value no field accepts. The framework's own answer would quote the
     * offending value back; this one names nothing the client sent.
     */
    @ServerExceptionMapper
    Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(uri, 400, null);
    }

    /** The framework maps these two more closely than the mapper above, quoting the value: overridden here. */
    @ServerExceptionMapper
    Response unacceptableValue(InvalidFormatException e, UriInfo uri) {
        return respond(uri, 400, null);
    }

    @ServerExceptionMapper
    Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return respond(uri, 400, null);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, Response.Status.FORBIDDEN.getStatusCode(), null);
    }

    @ServerExceptionMapper
    Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (status < 400) {
            return e.getResponse();
        }
        return respond(uri, status, null);
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, UriInfo uri) {
        // The request's own id (in its security events too); a fresh one if it has none.
        String correlationId = origin.correlationId() != null ? origin.correlationId() : UUID.randomUUID().toString();
        LOG.errorf("Unhandled %s [correlation %s]%n%s", e.getClass().getName(), correlationId, framesOf(e));
        return respond(uri, 500, correlationId);
    }

    private Response respond(UriInfo uri, int status, String correlationId) {
        return isApi(uri) ? errorPages.problem(status, correlationId, null)
                : errorPages.response(status, correlationId);
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    /** Exception types and stack frames, causes included, without any message text. */
    static String framesOf(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(t == e ? "" : "Caused by: ").append(t.getClass().getName()).append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 25); i++) {
                out.append("\tat ").append(frames[i]).append('\n');
            }
        }
        return out.toString();
    }
}
