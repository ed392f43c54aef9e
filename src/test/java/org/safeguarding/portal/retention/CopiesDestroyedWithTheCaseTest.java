package org.safeguarding.portal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.safeguarding.portal.testing.Casework;
import org.safeguarding.portal.testing.Rows;
import org.safeguarding.portal.testing.Tokens;

/**
 * A case's destruction takes the survivor's copies of their records with it, and what was withheld from them (the
 * copy names the case and its request; the foreign keys would refuse the request's deletion otherwise).
 */
@QuarkusTest
class CopiesDestroyedWithTheCaseTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;
    @Inject
    DataSource dataSource;
    @Inject
    CaseDestruction destruction;

    @Test
    void theCopyAndItsWithheldItemsGoWithTheCase() {
        Tokens tokens = new Tokens(keycloakUrl);
        Casework casework = new Casework(tokens);
        String id = casework.newCase(Map.of());
        casework.claim("caseworker1", id);
        String request = tokens.as("survivor1").post("/api/v1/me/cases/" + id + "/records-requests").then()
                .statusCode(201).extract().path("id");
        String copy = "/api/v1/cases/" + id + "/requests/" + request + "/copy";
        JsonPath prepared = tokens.as("caseworker1").get(copy).then().statusCode(200).extract().jsonPath();
        tokens.as("caseworker1").body(Map.of("itemId", prepared.getString("sections[0].items[0].item.id"), "reason",
                "OTHER", "explanation", "For the destruction test")).post(copy + "/withheld").then().statusCode(200);
        UUID caseId = UUID.fromString(id);
        assertEquals(1, Rows.count(dataSource, "select count(*) from records_copy_withheld w join records_copy c "
                + "on c.id = w.copy_id where c.case_id = ?", caseId));
        String owner = Rows.texts(dataSource, "select owner_subject from survivor_case where id = ?", caseId).get(0);

        QuarkusTransaction.requiringNew().run(() -> destruction.destroy(caseId, owner));

        assertEquals(0, Rows.count(dataSource, "select count(*) from records_copy where case_id = ?", caseId));
        assertEquals(0, Rows.count(dataSource, "select count(*) from records_copy_withheld w where not exists "
                + "(select 1 from records_copy c where c.id = w.copy_id)"));
        assertEquals(0, Rows.count(dataSource, "select count(*) from survivor_case where id = ?", caseId));
    }
}
