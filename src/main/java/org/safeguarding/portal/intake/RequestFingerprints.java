package org.safeguarding.portal.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.safeguarding.portal.receipt.ReceiptCodes;

/**
 * What makes two submissions "the same request" for an Idempotency-Key: the submission as the service understood it
 * (after parsing, so spacing and field order in the client's JSON do not matter), written canonically, under a keyed
 * hash. Keyed, because the fingerprint sits beside the case in plain sight of the database and a plain hash of a short
 * account could be confirmed by guessing it.
 */
@ApplicationScoped
class RequestFingerprints {

    private final ObjectMapper json;
    private final ReceiptCodes keys;

    RequestFingerprints(ObjectMapper json, ReceiptCodes keys) {
        this.json = json;
        this.keys = keys;
    }

    byte[] of(ReferralForm form) {
        return keys.hmac("submission", canonicalText(form));
    }

    /** A referral the hub recorded: how and when it was received are part of the request too. */
    byte[] of(ReferralForm form, HubRecording recording) {
        return keys.hmac("hub-recording", canonicalText(form) + "\n" + recording.channel() + "\n"
                + recording.receivedAt());
    }

    /** The submission written canonically: what the fingerprint is taken of. */
    String canonicalText(ReferralForm form) {
        try {
            return json.writeValueAsString(canonical(json.valueToTree(form)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A parsed submission could not be written again", e);
        }
    }

    /**
     * Object keys in order, and arrays in order of their canonical text: every array in a submission is a set (the
     * contact channels, the safe windows), whose iteration order differs between service instances.
     */
    private JsonNode canonical(JsonNode node) throws JsonProcessingException {
        if (node instanceof ObjectNode object) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            for (var field : (Iterable<Map.Entry<String, JsonNode>>) object::fields) {
                sorted.put(field.getKey(), canonical(field.getValue()));
            }
            ObjectNode out = json.createObjectNode();
            sorted.forEach(out::set);
            return out;
        }
        if (node instanceof ArrayNode array) {
            List<String> elements = new ArrayList<>();
            for (JsonNode element : array) {
                elements.add(json.writeValueAsString(canonical(element)));
            }
            elements.sort(Comparator.naturalOrder());
            ArrayNode out = json.createArrayNode();
            for (String element : elements) {
                out.add(json.readTree(element));
            }
            return out;
        }
        return node;
    }
}
