package org.safeguarding.portal.web.language;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the language link, the drafted-translation notice, the language cookie's row on the cookies page, and
 * each language's date and time patterns ({@code format_…}, read by {@code web.TimeFormats}: {@link
 * java.time.format.DateTimeFormatter} patterns, month and day names from the JDK's CLDR data, Western digits).
 * <p>In {@code messages/language.properties} and its {@code _cy}, {@code _ur} and {@code _pl} files; templates use
 * {@code {language:key}}.
 */
@MessageBundle(value = "language", locale = "en")
public interface LanguageMsg {

    /** The language link's label for screen readers, in the page's language. */
    @Message
    String link_label();

    /** In the footer while the page's language is a draft no qualified translator has reviewed. */
    @Message
    String drafted_notice();

    @Message
    String cookie_purpose();

    @Message
    String cookie_expires();

    @Message
    String format_date();

    @Message
    String format_time();

    /** A moment: its day ({@code format_date}) and its time ({@code format_time}), as one phrase. */
    @Message
    String format_date_time(String date, String time);

    @Message
    String format_due_day();

    @Message
    String format_short_day();
}
