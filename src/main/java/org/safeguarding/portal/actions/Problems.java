package org.safeguarding.portal.actions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Messages;
import org.safeguarding.portal.core.ValidationProblem;

/**
 * Why an action did not happen, in words from the bundles (never what was typed): each problem names the field the
 * error summary links to and the field that shows it; {@code wordings} are the few problems worded from the portal's
 * own data (the language check's flagged phrases and why). A refusal (the case's state does not allow it) names the form.
 */
public record Problems(List<Problem> items, List<String> wordings) {

    public static final Problems NONE = new Problems(List.of(), List.of());

    /** A problem with a field (or the form), its words, and the element the error summary links to. */
    public record Problem(String field, String anchor, String text) {
        Problem(String field, String text) {
            this(field, field, text);
        }
    }

    public static Problems of(ValidationProblem problem, Messages words) {
        List<Problem> found = new ArrayList<>();
        var seen = new LinkedHashSet<String>();
        for (FieldError error : problem.errors()) {
            if (seen.add(error.field() + "|" + error.messageKey())) {
                found.add(new Problem(error.field(), words.text(error.messageKey())));
            }
        }
        List<String> wordings = problem.errors().stream().map(FieldError::wording).filter(w -> w != null).toList();
        return new Problems(found, wordings);
    }

    public static Problems refused(String formId, String text) {
        return new Problems(List.of(new Problem(formId, text)), List.of());
    }

    /**
     * The same problems, each linking to the element its field starts with where that is not the field's name (the
     * first radio of a group, a field with an id of its own), as GOV.UK's error summary asks.
     */
    public Problems linkedTo(Map<String, String> anchors) {
        return new Problems(items.stream().map(p -> new Problem(p.field(), anchors.getOrDefault(p.field(), p.anchor()),
                p.text())).toList(), wordings);
    }

    /** The id of a radio group's first item, as the radios tag gives it: {@code name-value}. */
    public static String firstOf(String name, List<?> values) {
        return values.isEmpty() ? name : name + "-" + values.get(0);
    }

    public boolean isAny() {
        return !items.isEmpty();
    }

    /** The words of the first problem with this field, or null: a field tag's {@code errorMessage}. */
    public String on(String field) {
        return items.stream().filter(p -> p.field().equals(field)).map(Problem::text).findFirst().orElse(null);
    }
}
