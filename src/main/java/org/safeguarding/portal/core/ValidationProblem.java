package org.safeguarding.portal.core;

import java.util.List;

/** Input a person can correct: answered with 422 (API) or the form again with an error summary (pages). */
public class ValidationProblem extends RuntimeException {

    private final List<FieldError> errors;

    public ValidationProblem(List<FieldError> errors) {
        super("validation failed on " + errors.stream().map(FieldError::field).toList(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
