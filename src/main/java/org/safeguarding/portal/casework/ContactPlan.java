package org.safeguarding.portal.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.safeguarding.portal.web.FieldError;

/**
 * How and when it is safe to contact a survivor, in their words: the channels they allow, whether a voicemail may
 * be left, safe times, a code word staff must use, or "don't contact me, I'll check back here".
 */
public record ContactPlan(Set<ContactChannel> channels, Boolean voicemail, String safeTimes, String codeWord,
        boolean noContact, Set<SafeWindow> safeWindows) {

    public static final int MAX_SAFE_TIMES = 500;
    public static final int MAX_CODE_WORD = 100;

    public ContactPlan {
        channels = channels == null ? Set.of() : Set.copyOf(new TreeSet<>(channels));
        safeWindows = safeWindows == null ? Set.of() : Set.copyOf(new TreeSet<>(safeWindows));
        safeTimes = blankToNull(safeTimes);
        codeWord = blankToNull(codeWord);
    }

    /** A plan without chosen safe windows (any time). */
    public ContactPlan(Set<ContactChannel> channels, Boolean voicemail, String safeTimes, String codeWord,
            boolean noContact) {
        this(channels, voicemail, safeTimes, codeWord, noContact, Set.of());
    }

    /** The one thing a submission must say: a safe way to reach the person, or that they do not want contact. */
    public List<FieldError> problems(String field) {
        List<FieldError> problems = new ArrayList<>();
        if (noContact && !channels.isEmpty()) {
            problems.add(new FieldError(field + ".channels", "error_contact_both"));
        } else if (!noContact && channels.isEmpty()) {
            problems.add(new FieldError(field + ".channels", "error_contact_required"));
        }
        if (safeTimes != null && safeTimes.length() > MAX_SAFE_TIMES) {
            problems.add(new FieldError(field + ".safeTimes", "error_safe_times_too_long"));
        }
        if (codeWord != null && codeWord.length() > MAX_CODE_WORD) {
            problems.add(new FieldError(field + ".codeWord", "error_code_word_too_long"));
        }
        return problems;
    }

    /** Only contact through the portal: nothing that arrives on a device. */
    public static ContactPlan portalOnly() {
        return new ContactPlan(Set.of(ContactChannel.PORTAL), false, null, null, false);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
