package org.safeguarding.portal.security.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Requests from someone who should not get in: credentials that are expired, from another realm or client, tampered
 * or garbage; every role an operation is not for; a survivor asking for another survivor's record; a form post
 * without its session's token or from another site.
 */
final class AccessAttacks {

    /** Real tokens the service must refuse, and a real one to tamper with. */
    record Tokens(String expired, String otherRealm, String otherClient, String genuine) {
    }

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

    private final Requests requests;
    private final Tokens tokens;

    AccessAttacks(Requests requests, Tokens tokens) {
        this.requests = requests;
        this.tokens = tokens;
    }

    List<Attack> badCredentials(Operation op) {
        Role actor = op.homeRoles().iterator().next();
        Expect expect = op.isPublic() ? Expect.NO_SERVER_ERROR : Expect.REFUSED;
        List<Attack> attacks = new ArrayList<>();
        if (op.isApi()) {
            for (Map.Entry<String, String> credential : Requests.turn(List.copyOf(apiCredentials().entrySet()),
                    op.turn(), 7)) {
                Attack attack = requests.plausible(Category.BAD_CREDENTIALS, op, actor).ownCredentials();
                attacks.add(attack.header("Authorization", credential.getValue().replace("%s", attack.marker))
                        .expect(expect).variant(credential.getKey()));
            }
        } else {
            for (Map.Entry<String, String> cookie : pageCookies().entrySet()) {
                Attack attack = requests.plausible(Category.BAD_CREDENTIALS, op, actor).ownCredentials();
                attacks.add(attack.header("Cookie", cookie.getValue().replace("%s", attack.marker)).expect(expect)
                        .variant(cookie.getKey()));
            }
            Attack bearer = requests.plausible(Category.BAD_CREDENTIALS, op, actor).ownCredentials();
            attacks.add(bearer.header("Authorization", "Bearer " + tokens.expired()).expect(expect)
                    .variant("an expired bearer token on a page"));
        }
        return attacks;
    }

    private Map<String, String> apiCredentials() {
        Map<String, String> credentials = new java.util.LinkedHashMap<>();
        credentials.put("an expired token", "Bearer " + tokens.expired());
        credentials.put("a token of another realm", "Bearer " + tokens.otherRealm());
        credentials.put("a token of a client not minted for the API", "Bearer " + tokens.otherClient());
        credentials.put("a token with roles added to its payload", "Bearer " + withMoreRoles(tokens.genuine()));
        credentials.put("a token with a changed signature", "Bearer " + withChangedSignature(tokens.genuine()));
        credentials.put("a token signed with alg none", "Bearer " + unsigned(tokens.genuine()));
        credentials.put("a token signed with HS256 and a guessed key", "Bearer " + hmacSigned(tokens.genuine()));
        credentials.put("a garbage bearer token", "Bearer %s.%s.%s");
        credentials.put("an empty bearer token", "Bearer ");
        credentials.put("a 6,000-character bearer token", "Bearer %s" + "A".repeat(6_000));
        credentials.put("an unknown receipt session", "Receipt %s");
        credentials.put("a receipt session token shaped like a real one",
                "Receipt " + URL.encodeToString(new byte[32]));
        credentials.put("basic credentials", "Basic " + Base64.getEncoder()
                .encodeToString("survivor1:survivor1".getBytes(StandardCharsets.UTF_8)));
        credentials.put("a token without a scheme", tokens.genuine());
        return credentials;
    }

    private Map<String, String> pageCookies() {
        Map<String, String> cookies = new java.util.LinkedHashMap<>();
        cookies.put("a garbage session cookie", "q_session=%s");
        String survivorCookies = requests.actors().pageCookies(Role.SURVIVOR);
        if (survivorCookies != null) {
            cookies.put("a tampered session cookie", tampered(survivorCookies));
        }
        cookies.put("an unknown receipt session cookie", "portal_receipt=%s");
        cookies.put("a receipt session cookie shaped like a real one",
                "portal_receipt=" + URL.encodeToString(new byte[32]));
        return cookies;
    }

    List<Attack> wrongRoles(Operation op) {
        List<Attack> attacks = new ArrayList<>();
        if (op.isPublic()) {
            return attacks;
        }
        for (Role role : Role.values()) {
            if (java.util.Collections.disjoint(role.carried(), op.roles())) {
                attacks.add(requests.plausible(Category.WRONG_ROLE, op, role).expect(Expect.REFUSED)
                        .variant("not for " + role));
            }
        }
        return attacks;
    }

    /**
     * Another survivor's case (and the promises of it) in every combination with the actor's own ids: each must be
     * answered 404, as a record that does not exist is.
     */
    List<Attack> anotherSurvivorsIds(Operation op, Role actor) {
        List<Attack> attacks = new ArrayList<>();
        if (!actor.ownsCases() || !requests.actors().hasOthersIdFor(op, actor)) {
            return attacks;
        }
        List<Operation.Param> params = op.pathParams();
        for (int mask = 1; mask < 1 << params.size(); mask++) {
            Attack attack = requests.plausible(Category.ANOTHER_SURVIVORS_IDS, op, actor);
            String path = requests.actors().othersPath(op, actor);
            String own = requests.actors().path(op, actor);
            attack.target(mixed(op, own, path, mask));
            if (!attack.target.equals(own)) {
                attacks.add(attack.expect(Expect.NOT_FOUND).variant("ids of another survivor: " + mask));
            }
        }
        return attacks;
    }

    /** The path with the others' value for the parameters in the mask and the actor's own for the rest. */
    private static String mixed(Operation op, String own, String others, int mask) {
        String[] template = op.path().split("/", -1);
        String[] mine = own.split("/", -1);
        String[] theirs = others.split("/", -1);
        StringBuilder path = new StringBuilder();
        int param = 0;
        for (int i = 0; i < template.length; i++) {
            boolean isParam = template[i].startsWith("{");
            path.append(i == 0 ? "" : "/").append(isParam && (mask & 1 << param) != 0 ? theirs[i] : mine[i]);
            param += isParam ? 1 : 0;
        }
        return path.toString();
    }

    List<Attack> formPostsWithoutCsrf(Operation op, Role actor) {
        List<Attack> attacks = new ArrayList<>();
        if (!op.isFormPost() || requests.actors().pageCookies(actor) == null) {
            return attacks;
        }
        String valid = requests.actors().csrf(actor);
        String others = othersToken(actor);
        add(attacks, op, actor, null, Map.of(), "no token");
        add(attacks, op, actor, "", Map.of(), "an empty token");
        add(attacks, op, actor, "%s", Map.of(), "a forged token");
        if (others != null) {
            add(attacks, op, actor, others, Map.of(), "another session's token");
        }
        if (valid != null) {
            add(attacks, op, actor, flipped(valid), Map.of(), "the session's token changed by one character");
            add(attacks, op, actor, valid, Map.of("Sec-Fetch-Site", "cross-site"), "from another site");
            add(attacks, op, actor, valid, Map.of("Sec-Fetch-Site", "same-site"), "from a sibling site");
            add(attacks, op, actor, valid, Map.of("Origin", "https://attacker.example"), "from another origin");
            add(attacks, op, actor, valid, Map.of("Origin", "null"), "from an opaque origin");
            Attack inQuery = requests.start(Category.FORM_POSTS_WITHOUT_CSRF, op, actor);
            attacks.add(inQuery.target(inQuery.target + "?csrf=" + Requests.encode(valid))
                    .body(Operation.FORM, fields(op, inQuery.marker)).expect(Expect.REFUSED)
                    .variant("the token in the query, not the form"));
        }
        return attacks;
    }

    private void add(List<Attack> attacks, Operation op, Role actor, String token, Map<String, String> headers,
            String variant) {
        Attack attack = requests.start(Category.FORM_POSTS_WITHOUT_CSRF, op, actor);
        String body = fields(op, attack.marker);
        if (token != null) {
            body = "csrf=" + Requests.encode(token.replace("%s", attack.marker)) + (body.isEmpty() ? "" : "&" + body);
        }
        headers.forEach(attack::header);
        attacks.add(attack.body(Operation.FORM, body).expect(Expect.REFUSED).variant(variant));
    }

    private String fields(Operation op, String marker) {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : requests.plausibleFields(op, marker)) {
            body.append(body.length() == 0 ? "" : "&").append(field.getKey()).append('=').append(field.getValue());
        }
        return body.toString();
    }

    /** The form token of some other page session than the actor's. */
    private String othersToken(Role actor) {
        Set<Role> others = EnumSet.allOf(Role.class);
        others.remove(actor);
        return others.stream().map(requests.actors()::csrf).filter(t -> t != null).findFirst().orElse(null);
    }

    private static String withMoreRoles(String jwt) {
        String[] parts = jwt.split("\\.");
        String payload = new String(URL_DECODER.decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"roles\":[", "\"roles\":[\"caseworker\",\"board\",");
        return parts[0] + "." + URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static String withChangedSignature(String jwt) {
        int dot = jwt.lastIndexOf('.');
        return jwt.substring(0, dot + 1) + flipped(jwt.substring(dot + 1));
    }

    private static String unsigned(String jwt) {
        String[] parts = jwt.split("\\.");
        return URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + parts[1] + ".";
    }

    private static String hmacSigned(String jwt) {
        String[] parts = jwt.split("\\.");
        String signed = URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1];
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("portal-api".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signed + "." + URL.encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each cookie's value with one character changed in its middle. */
    private static String tampered(String cookieHeader) {
        StringBuilder tampered = new StringBuilder();
        for (String cookie : cookieHeader.split("; ")) {
            int equals = cookie.indexOf('=');
            tampered.append(tampered.length() == 0 ? "" : "; ").append(cookie, 0, equals + 1)
                    .append(flipped(cookie.substring(equals + 1)));
        }
        return tampered.toString();
    }

    private static String flipped(String text) {
        if (text.isEmpty()) {
            return "x";
        }
        int middle = text.length() / 2;
        char c = text.charAt(middle);
        return text.substring(0, middle) + (c == 'A' ? 'B' : 'A') + text.substring(middle + 1);
    }
}
