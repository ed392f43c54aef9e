package org.safeguarding.portal.intake.hub;

import java.util.List;

import org.safeguarding.portal.core.FieldError;
import org.safeguarding.portal.core.Messages;

/**
 * Field errors with their words already found, in whichever bundle holds them ({@link Messages}): the error tags'
 * {@code {errors:message(key)}} knows only the errors bundle, and these come from the hub's and the referrer's too.
 */
public record ShownErrors(List<Shown> all) {

    /** One error: the field it is about (the summary links to it) and its words. */
    public record Shown(String field, String text) {
    }

    public static final ShownErrors NONE = new ShownErrors(List.of());

    public static ShownErrors of(List<FieldError> errors, Messages words) {
        return new ShownErrors(errors.stream().map(e -> new Shown(e.field(), words.text(e.messageKey()))).toList());
    }

    public boolean any() {
        return !all.isEmpty();
    }

    /** The words of the first error on this field (or under it), or null for none. */
    public String on(String field) {
        return all.stream().filter(e -> e.field().equals(field) || e.field().startsWith(field + "."))
                .map(Shown::text).findFirst().orElse(null);
    }
}
