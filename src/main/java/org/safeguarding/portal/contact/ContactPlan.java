package org.safeguarding.portal.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.safeguarding.portal.core.FieldError;

/**
 * How and when it is safe to contact a survivor, in their words: the channels they allow, whether a voicemail may
 * be left, safe times, a code word staff must use, or "don't contact me, I'll check back here".
 */
public record ContactPlan(Set<ContactChannel> channels, Boolean voicemail, String safeTimes, String codeWord,
        boolean noContact, Set<SafeWindow> safeWindows, String phone, String email) {

    public static final int MAX_SAFE_TIMES = 500;
    public static final int MAX_CODE_WORD = 100;
    public static final int MAX_PHONE = 30;
    public static final int MAX_EMAIL = 254;
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?[0-9 ()-]{6,30}");
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public ContactPlan {
        channels = channels == null ? Set.of() : Set.copyOf(new TreeSet<>(channels));
        safeWindows = safeWindows == null ? Set.of() : Set.copyOf(new TreeSet<>(safeWindows));
        safeTimes = blankToNull(safeTimes);
        codeWord = blankToNull(codeWord);
        phone = blankToNull(phone);
        email = blankToNull(email);
    }

    /** A plan without chosen safe windows (any time) or contact details. */
    public ContactPlan(Set<ContactChannel> channels, Boolean voicemail, String safeTimes, String codeWord,
            boolean noContact) {
        this(channels, voicemail, safeTimes, codeWord, noContact, Set.of(), null, null);
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
        if (phone != null && (phone.length() > MAX_PHONE || !PHONE.matcher(phone).matches())) {
            problems.add(new FieldError(field + ".phone", "error_phone_invalid"));
        }
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldError(field + ".email", "error_email_invalid"));
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
