package org.safeguarding.portal.security;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Where an encrypted value lives: bound into the ciphertext as associated data. */
public record FieldContext(String table, String column, UUID rowId) {

    byte[] associatedData() {
        return ("portal/v1/" + table + "/" + column + "/" + rowId).getBytes(StandardCharsets.UTF_8);
    }

    String describe() {
        return table + "." + column;
    }
}
