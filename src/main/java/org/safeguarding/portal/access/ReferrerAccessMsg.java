package org.safeguarding.portal.access;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The survivor's access list on a case someone else referred: the line of the referrer's submission, said kindly and
 * without naming them (they are not staff, and may have reasons not to be named). In
 * {@code messages/referreraccess.properties} (with {@code _cy}, {@code _ur} and {@code _pl}).
 */
@MessageBundle(value = "referreraccess", locale = "en")
public interface ReferrerAccessMsg {

    @Message
    String referreraccess_who();

    @Message
    String referreraccess_what();

    @Message
    String referreraccess_why();
}
