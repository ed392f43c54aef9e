package org.safeguarding.portal.retention.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import org.safeguarding.portal.retention.HoldCategory;
import org.safeguarding.portal.retention.RecordKind.Event;

/**
 * The lead's pages of legal holds and the disposal list, and the refusals they can meet.
 * <p>In {@code messages/retention.properties}; templates use {@code {retention:key}} (docs/pages.md: one bundle per
 * feature). Field errors are in the errors bundle with every other form's.
 */
@MessageBundle(value = "retention", locale = "en")
public interface RetentionMsg {

    @Message
    String records_link();

    @Message
    String title_holds();

    @Message
    String title_hold_release(String reference);

    @Message
    String title_disposals();

    @Message
    String title_disposal_remove(String reference);

    @Message
    String holds_heading();

    @Message
    String holds_intro();

    @Message
    String hold_set_heading();

    @Message
    String hold_reference();

    @Message
    String hold_reference_hint();

    @Message
    String hold_category();

    /** Why a case is held: {@code category_$<CONSTANT>}. */
    @Message
    String category(HoldCategory holdCategory);

    @Message
    String hold_reason();

    @Message
    String hold_reason_hint();

    @Message
    String hold_set();

    @Message
    String holds_current();

    @Message
    String holds_past();

    @Message
    String holds_none();

    @Message
    String col_category();

    @Message
    String col_reason();

    @Message
    String col_set();

    @Message
    String col_released();

    @Message
    String hold_release_link(String reference);

    @Message
    String hold_release_heading(String reference);

    @Message
    String hold_release_reason();

    @Message
    String hold_release();

    @Message
    String records_done_title();

    @Message
    String done_hold_set();

    @Message
    String done_hold_released();

    @Message
    String done_approved();

    @Message
    String done_removed();

    @Message
    String back_to_holds();

    @Message
    String disposals_link();

    @Message
    String disposals_heading();

    @Message
    String disposals_intro();

    @Message
    String disposals_proposed();

    @Message
    String disposals_none();

    @Message
    String disposals_decided();

    @Message
    String col_rule();

    @Message
    String col_due_since();

    @Message
    String col_decision();

    @Message
    String rule(String keep, String from, int version);

    /** What a period runs from: {@code event_$<CONSTANT>}. */
    @Message
    String event(Event event);

    @Message
    String status_PROPOSED();

    @Message
    String status_DESTROYED();

    @Message
    String status_REMOVED();

    @Message
    String status_WITHDRAWN();

    @Message
    String withdrawn_HELD();

    @Message
    String withdrawn_NOT_DUE();

    @Message
    String disposals_approve();

    @Message
    String disposals_approve_warning();

    @Message
    String disposal_remove_link(String reference);

    @Message
    String disposal_remove_heading(String reference);

    @Message
    String disposal_remove_reason();

    @Message
    String disposal_remove();

    @Message
    String back_to_disposals();

    @Message
    String hold_already_released();

    @Message
    String disposal_already_decided();
}
