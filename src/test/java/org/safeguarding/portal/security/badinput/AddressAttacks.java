package org.safeguarding.portal.security.badinput;

import java.util.ArrayList;
import java.util.List;

/**
 * Bad addresses: ids in the path that are no id (traversal, encoded dots and slashes, NUL, bidi, quotes, invalid
 * UTF-8, far too long) and query values no page or list offers. The rest of the request is the actor's plausible one.
 */
final class AddressAttacks {

    /**
     * Values that can be no id of anything: each must be refused. {@code %s} is the request's marker, so a page that
     * quotes the path back is caught.
     */
    private static final List<String> NOT_AN_ID = List.of("not-a-uuid-%s", "%s%00", "%00%s", "%E2%80%AE%s",
            "%27%20or%201%3D1--%s", "%s%27%22%3E%3Cscript%3E", "%C3%28%s", "%ED%A0%80%s", "%s%25",
            "%s..%2F..%2F..%2Fetc%2Fpasswd", "..%2F..%2F%s", "%s..%5C..%5Cwindows", "%2e%2e%2f%2e%2e%2f%s",
            "%s;jsessionid=1", "%s%0D%0ASet-Cookie:%20x=1", "00000000-0000-0000-0000-000000000000%s",
            "%s%20%09");
    /**
     * Dot segments, raw and encoded: a server resolves them before routing (RFC 3986), so the request may reach another
     * route altogether, which may rightly answer. They must still never fail, echo or store on a refusal.
     */
    private static final List<String> DOT_SEGMENTS = List.of("..", "%2e%2e", ".%2E", "%2e");
    private static final List<String> NOT_A_NUMBER = List.of("-1", "0", "99999999999", "1.5", "1e3", "0x10");

    private final Requests requests;

    AddressAttacks(Requests requests) {
        this.requests = requests;
    }

    List<Attack> badIds(Operation op, Role actor) {
        List<Attack> attacks = new ArrayList<>();
        int turn = op.turn();
        for (Operation.Param param : op.pathParams()) {
            for (String value : Requests.turn(NOT_AN_ID, turn++, 4)) {
                attacks.add(withId(op, actor, param, value, Expect.REFUSED));
            }
            Attack longId = requests.plausible(Category.BAD_IDS, op, actor);
            attacks.add(longId.target(requests.actors().pathWith(op, actor, param.name(),
                    Requests.huge(longId.marker, 3_000).replace(' ', '-'))).expect(Expect.REFUSED)
                    .variant(param.name() + " 3,000 characters"));
            for (String value : Requests.turn(DOT_SEGMENTS, turn, 1)) {
                attacks.add(withId(op, actor, param, value, Expect.NO_SERVER_ERROR));
            }
            if (param.isInteger()) {
                for (String value : NOT_A_NUMBER) {
                    attacks.add(withId(op, actor, param, value, Expect.NO_SERVER_ERROR));
                }
            }
        }
        return attacks;
    }

    private Attack withId(Operation op, Role actor, Operation.Param param, String value, Expect expect) {
        Attack attack = requests.plausible(Category.BAD_IDS, op, actor);
        String raw = value.replace("%s", attack.marker);
        return attack.target(requests.actors().pathWith(op, actor, param.name(), raw)).expect(expect)
                .variant(param.name() + " = " + raw);
    }

    private static final List<String> BAD_QUERY = List.of("", "%s%00", "%E2%80%AE%s", "%C3%28%s", "%s",
            "-1%s", "99999999999999999999999", "%27%20or%201%3D1--%s", "%s%0D%0AX:1", "%5B%5D%s", "..%2F..%2F%s");

    List<Attack> badQueryValues(Operation op, Role actor) {
        List<Attack> attacks = new ArrayList<>();
        int turn = op.turn();
        for (Operation.Param param : op.queryParams()) {
            for (String value : Requests.turn(BAD_QUERY, turn++, 6)) {
                Attack attack = requests.plausible(Category.BAD_QUERY_VALUES, op, actor);
                String raw = value.replace("%s", attack.marker);
                attacks.add(attack.target(attack.target + "?" + param.name() + "=" + raw)
                        .variant(param.name() + " = " + raw));
            }
            Attack longValue = requests.plausible(Category.BAD_QUERY_VALUES, op, actor);
            attacks.add(longValue.target(longValue.target + "?" + param.name() + "="
                    + Requests.huge(longValue.marker, 3_000).replace(' ', '-')).variant(param.name() + " 3,000 chars"));
            Attack twice = requests.plausible(Category.BAD_QUERY_VALUES, op, actor);
            attacks.add(twice.target(twice.target + "?" + param.name() + "=" + twice.marker + "&" + param.name()
                    + "=second" + twice.marker + "&" + param.name() + "%5B%5D=" + twice.marker)
                    .variant(param.name() + " twice"));
        }
        return attacks;
    }
}
