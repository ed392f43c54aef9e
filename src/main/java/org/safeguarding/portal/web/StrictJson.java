package org.safeguarding.portal.web;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A JSON body that names a field twice is refused as malformed (400). Parsers disagree on which of the two wins, so a
 * body that means one thing to a proxy or a log and another to the service is a known way round checks; and Jackson,
 * left to choose, fails on the records the API reads (there is no setter to take the second value), which answered
 * 500. The bad-input suite found it (security/badinput).
 */
@Singleton
class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
