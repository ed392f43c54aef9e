package org.safeguarding.portal.intake;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The intake forms' choices as posted (the survivor's steps and the hub's form read them alike): blank, or a name the
 * form does not offer, is no choice, and the page then says what is missing rather than answering 400.
 */
public final class FormChoices {

    private FormChoices() {
    }

    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The boxes ticked of one question, as constants; names the form does not offer are ignored. */
    public static <E extends Enum<E>> Set<E> chosen(Class<E> type, List<String> names) {
        Set<E> chosen = EnumSet.noneOf(type);
        if (names != null) {
            names.stream().map(name -> enumOrNull(type, name)).filter(Objects::nonNull).forEach(chosen::add);
        }
        return chosen;
    }
}
