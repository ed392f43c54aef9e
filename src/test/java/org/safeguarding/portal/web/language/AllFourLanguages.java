package org.safeguarding.portal.web.language;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The portal offering English, Welsh, Urdu and Polish, as it will once their bundles are merged: the shipped status
 * file lists only the languages whose files are complete (English alone until then), so the language tests read a
 * copy that lists all four. Where a bundle has no file in a language yet, Qute shows that bundle in English.
 */
public class AllFourLanguages implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("portal.languages.status-file", "languages-all-four.properties");
    }
}
