package org.safeguarding.portal.acknowledgement;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.SignatureConfig;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.safeguarding.portal.testing.Tokens;

/** A survivor can prove they reported: the portal signs an acknowledgement, and anyone can check it. */
@QuarkusTest
class AcknowledgementApiTest {

    @ConfigProperty(name = "portal.keycloak.url")
    String keycloakUrl;

    Tokens tokens;

    @BeforeEach
    void tokens() {
        tokens = new Tokens(keycloakUrl);
    }

    private Response submit(String account, String key) {
        return given().auth().oauth2(tokens.forUser("survivor1")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(Map.of("contactPlan", Map.of("channels", java.util.List.of("PORTAL")), "account", account)).post("/api/v1/referrals");
    }

    private static boolean verifies(Map<String, Object> acknowledgement) {
        return given().contentType(ContentType.JSON).body(acknowledgement).post("/api/v1/acknowledgements/verify")
                .then().statusCode(200).extract().path("valid");
    }

    @Test
    void theAcknowledgementOfASubmissionVerifiesWithoutSigningIn() {
        Response created = submit("Proof account", UUID.randomUUID().toString());
        created.then().statusCode(201).body("acknowledgement.version", equalTo("portal-ack/v1"))
                .body("acknowledgement.reference", equalTo(created.<String>path("reference")));
        Map<String, Object> acknowledgement = created.path("acknowledgement");
        assertTrue(verifies(acknowledgement));
    }

    @Test
    void changingAnyFieldBreaksTheSignature() {
        Map<String, Object> original = submit("Tamper account", UUID.randomUUID().toString()).path("acknowledgement");
        for (String field : new String[] { "reference", "submittedAt", "digest", "salt", "version" }) {
            Map<String, Object> tampered = new java.util.HashMap<>(original);
            tampered.put(field, field.equals("submittedAt") ? "2020-01-01T00:00:00Z" : original.get(field) + "x");
            assertTrue(!verifies(tampered), "a changed " + field + " must not verify");
        }
        Map<String, Object> forged = new java.util.HashMap<>(original);
        String signature = (String) original.get("signature");
        forged.put("signature", signature.substring(0, signature.length() - 2)
                + (signature.endsWith("AA") ? "BB" : "AA"));
        assertTrue(!verifies(forged), "a changed signature must not verify");
        forged.put("signature", "not base64 !");
        assertTrue(!verifies(forged));
        assertTrue(!verifies(Map.of()), "an empty document does not verify");
    }

    @Test
    void aMalformedDocumentIsA400ThatEchoesNothing() {
        given().contentType(ContentType.JSON).body("{\"reference\": \"EchoCanary").post("/api/v1/acknowledgements/verify")
                .then().statusCode(400).body(not(containsString("EchoCanary")));
    }

    @Test
    void theDigestIsTheSaltedHashOfWhatWasSubmitted() throws Exception {
        String account = "Digest account " + UUID.randomUUID();
        Map<String, Object> acknowledgement = submit(account, UUID.randomUUID().toString()).path("acknowledgement");
        byte[] salt = Base64.getUrlDecoder().decode((String) acknowledgement.get("salt"));
        var sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update(salt);
        String expected = "sha256:" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(sha.digest(account.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, acknowledgement.get("digest"));
    }

    @Test
    void aRetriedSubmissionReturnsTheSameAcknowledgementAndTheCaseShowsIt() {
        String key = UUID.randomUUID().toString();
        Response first = submit("Retried account", key);
        Response second = submit("Retried account", key);
        assertEquals(first.<Map<String, Object>>path("acknowledgement"), second.<Map<String, Object>>path("acknowledgement"));
        given().auth().oauth2(tokens.forUser("survivor1")).get("/api/v1/me/cases/" + first.path("id")).then()
                .statusCode(200).body("acknowledgement.signature", equalTo(first.path("acknowledgement.signature")));
    }

    @Test
    void anyoneCanVerifyOfflineWithThePublishedPublicKey() throws Exception {
        Map<String, Object> ack = submit("Offline account", UUID.randomUUID().toString()).path("acknowledgement");
        String publicKeyset = given().get("/api/v1/acknowledgements/public-key").then().statusCode(200)
                .body(not(containsString("PRIVATE"))).extract().asString();

        SignatureConfig.register();
        PublicKeyVerify verifier = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(publicKeyset)
                .getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
        String signed = String.join("\n", (String) ack.get("version"), (String) ack.get("reference"),
                (String) ack.get("submittedAt"), (String) ack.get("digest"), (String) ack.get("salt"));
        verifier.verify(Base64.getUrlDecoder().decode((String) ack.get("signature")),
                signed.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anAcknowledgementSignedWithAnotherKeyDoesNotVerify() throws Exception {
        SignatureConfig.register();
        KeysetHandle other = KeysetHandle.generateNew(
                com.google.crypto.tink.signature.PredefinedSignatureParameters.ED25519);
        String otherKeyset = Base64.getEncoder().encodeToString(TinkJsonProtoKeysetFormat
                .serializeKeyset(other, com.google.crypto.tink.InsecureSecretKeyAccess.get())
                .getBytes(StandardCharsets.UTF_8));
        Acknowledgements forger = new Acknowledgements(
                new org.safeguarding.portal.security.DocumentSigner(otherKeyset),
                new com.fasterxml.jackson.databind.ObjectMapper());
        Acknowledgement forged = forger.issue("ABCDE-FGHJK", java.time.Instant.now(), "never submitted");
        assertTrue(forger.verifies(forged), "it is well formed and valid for its own key");
        Map<String, Object> asSent = Map.of("version", forged.version(), "reference", forged.reference(),
                "submittedAt", forged.submittedAt(), "digest", forged.digest(), "salt", forged.salt(),
                "signature", forged.signature());
        assertTrue(!verifies(asSent), "the portal does not accept another key's signature");
    }
}
