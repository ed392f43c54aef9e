package org.safeguarding.portal.core;

import java.util.Optional;

/**
 * The language a person reads the portal's pages in, as far as the request being answered tells it (the web layer
 * knows it: web/language/LanguageChoice). Lower features ask through this, so that what they keep for later, such as
 * the language of a survivor's notices, follows the pages without depending on the web layer.
 */
public interface ReadingLanguage {

    /** The language of this page request; empty for the JSON API, whose clients say nothing of a language. */
    Optional<Language> ofThisPage();
}
