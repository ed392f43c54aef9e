package org.safeguarding.portal.contact;

import java.time.Instant;
import java.util.List;

/**
 * The contact-safety plan in force (or one past version of it). {@code referrersView}: it is what the referrer of
 * someone else's referral said is safe, followed until the survivor gives their own.
 */
public record ContactPlanView(List<ContactChannel> channels, Boolean voicemail, String safeTimes, String codeWord,
        boolean noContact, Instant since, List<SafeWindow> safeWindows, String phone, String email,
        boolean referrersView) {
}
