package org.safeguarding.portal.subjectaccess;

import java.time.Instant;
import java.util.List;

import org.safeguarding.portal.subjectaccess.CopyContent.Section;

/**
 * The survivor's copy as they receive it (the JSON download, and what the PDF shows): everything held about them on
 * the case except the items withheld, and for those only the section and the general reason, never the item.
 */
public record SurvivorCopy(String reference, Instant preparedAt, Instant releasedAt, Instant availableUntil,
        List<Section> sections, List<Withheld> withheld, String complaints) {

    /** One item left out: where it was and why, in general terms. */
    public record Withheld(String section, WithholdReason reason, String why) {
    }
}
