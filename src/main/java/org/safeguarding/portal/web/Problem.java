package org.safeguarding.portal.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document. Never carries exception text or anything the client sent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String correlationId,
        List<Error> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Error(String field, String message) {
    }
}
