package org.safeguarding.portal.casefile;

import java.util.List;

/** A row of answers on a case page: the label, the answer as message keys, the person's own words, an id. */
public record AnswerRow(String id, String labelKey, List<String> valueKeys, String text) {
}
