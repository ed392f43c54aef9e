package org.safeguarding.portal.cases.queue;

import java.util.List;
import java.util.Optional;

import org.safeguarding.portal.cases.CaseStatus;
import org.safeguarding.portal.cases.RiskLevel;
import org.safeguarding.portal.staff.StaffDirectory;

/**
 * What the triage queue is narrowed to. By default every open case; {@code status=CLOSED} shows closed ones.
 * {@code risk} is a screened level, or {@code UNSCREENED}; {@code assignee} is a caseworker's subject ("me" for the
 * caller); {@code unassigned} shows only cases nobody works yet; {@code overdue} only cases with a charter promise
 * past its time.
 */
public record QueueFilter(Optional<CaseStatus> status, Optional<RiskLevel> risk, boolean unscreened,
        Optional<String> assignee, boolean unassigned, boolean overdue) {

    public static final QueueFilter OPEN_CASES = new QueueFilter(Optional.empty(), Optional.empty(), false,
            Optional.empty(), false, false);

    /** From query parameters; anything unrecognised is refused by the caller as a 400, never silently widened. */
    public static QueueFilter parse(String status, String risk, String assignee, boolean unassigned, boolean overdue,
            String me) {
        Optional<CaseStatus> byStatus = blank(status) ? Optional.empty() : Optional.of(CaseStatus.valueOf(status));
        boolean unscreened = "UNSCREENED".equals(risk);
        Optional<RiskLevel> byRisk = blank(risk) || unscreened ? Optional.empty() : Optional.of(RiskLevel.valueOf(risk));
        if (!blank(assignee) && !StaffDirectory.couldBeSubject(assignee)) {
            throw new IllegalArgumentException("not a subject");
        }
        Optional<String> byAssignee = blank(assignee) ? Optional.empty()
                : Optional.of("me".equals(assignee) ? me : assignee);
        return new QueueFilter(byStatus, byRisk, unscreened, byAssignee, unassigned, overdue);
    }

    /** The same filter as query parameters, for the next page's link. */
    public String asQuery() {
        StringBuilder query = new StringBuilder();
        status.ifPresent(s -> query.append("&status=").append(s));
        risk.ifPresent(r -> query.append("&risk=").append(r));
        if (unscreened) {
            query.append("&risk=UNSCREENED");
        }
        assignee.ifPresent(a -> query.append("&assignee=").append(java.net.URLEncoder.encode(a,
                java.nio.charset.StandardCharsets.UTF_8)));
        if (unassigned) {
            query.append("&unassigned=true");
        }
        if (overdue) {
            query.append("&overdue=true");
        }
        return query.toString();
    }

    // What the queue page's filter form offers and shows as chosen.

    public List<CaseStatus> statuses() {
        return List.of(CaseStatus.values());
    }

    public boolean isStatus(CaseStatus candidate) {
        return status.filter(candidate::equals).isPresent();
    }

    public List<String> riskChoices() {
        return List.of("HIGH", "MEDIUM", "LOW", "UNSCREENED");
    }

    public boolean isRisk(String choice) {
        return "UNSCREENED".equals(choice) ? unscreened : risk.map(r -> r.name().equals(choice)).orElse(false);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
