package org.safeguarding.portal.actions;

import org.safeguarding.portal.cases.ActionCase;

import org.safeguarding.portal.cases.web.CaseIds;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.core.Refused;
import org.safeguarding.portal.core.ValidationProblem;

/**
 * What every caseworker's action page (one thing per page: a feature's {@code *Pages} resource) does the same way:
 * the case id from the URL, a form's choice, and post-redirect-get back to the record with the notification of what
 * was done ({@code ?done=}, words {@code actions:done_<action>}), or to the record first when a declared reason is needed
 * (the record asks for it: "why do you need to open this case?").
 */
public final class ActionPages {

    public static final String RECORD = ActionCase.RECORD_PATH;

    private ActionPages() {
    }

    /** Anything that is not a UUID is a case that is not there: 404. */
    public static UUID caseId(String id) {
        return CaseIds.parse(id).orElseThrow(NotFoundException::new);
    }

    /** Done: 303 to the record, which shows the success banner for {@code action}. */
    public static Response done(UUID caseId, String action) {
        return Response.seeOther(URI.create(RECORD + caseId + "?done=" + action)).build();
    }

    /** A colleague's case: the record page asks why first (403 with its form), then opens. */
    public static Response declareFirst(UUID caseId) {
        return Response.seeOther(URI.create(RECORD + caseId)).build();
    }

    /** Whether a refusal is the need-to-know one that declaring a reason lifts. */
    public static boolean needsDeclaredReason(Refused refused) {
        return refused.status() == 403 && "record_break_glass_required".equals(refused.messageKey());
    }

    /** A form's choice; blank is "not chosen" (the service says so), anything else unknown is a bad request. */
    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException();
        }
    }

    /** The names of an enum's constants, as a page's radios and options carry them. */
    public static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** A typed value to show again, never null. */
    public static String kept(String typed) {
        return typed == null ? "" : typed;
    }

    /** An action page, or the record first when the caseworker must say why they open a colleague's case. */
    public static Response page(UUID caseId, Supplier<TemplateInstance> page) {
        try {
            return Response.ok(page.get()).build();
        } catch (Refused refused) {
            if (needsDeclaredReason(refused)) {
                return declareFirst(caseId);
            }
            throw refused;
        }
    }

    /**
     * Does one thing on a case: 303 to the record with the notification of {@code action}, or the page again (422, or
     * the refusal's status) with why in words and what was typed. A colleague's case without a declared reason is
     * refused as before (403), nothing done.
     */
    public static Response act(UUID caseId, String action, String formId, Messages words,
            Supplier<? extends Optional<?>> change, Function<Problems, TemplateInstance> again) {
        try {
            change.get().orElseThrow(NotFoundException::new);
            return done(caseId, action);
        } catch (ValidationProblem problem) {
            return Response.status(422).entity(again.apply(Problems.of(problem, words))).build();
        } catch (Refused refused) {
            if (needsDeclaredReason(refused)) {
                throw refused;
            }
            return Response.status(refused.status())
                    .entity(again.apply(Problems.refused(formId, words.text(refused.messageKey())))).build();
        }
    }
}
