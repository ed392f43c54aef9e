package org.safeguarding.portal.security.badinput;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The suite's cast, one per role: how each one authenticates (an API header, page cookies and the form token of its
 * page session) and the ids it may rightly use in paths (its own case, its case's promises), and, for survivors, the
 * ids of someone else's record.
 */
final class Actors {

    private final Map<Role, Supplier<String>> apiAuthorization = new EnumMap<>(Role.class);
    private final Map<Role, Map<String, String>> pageCookies = new EnumMap<>(Role.class);
    private final Map<Role, String> csrf = new EnumMap<>(Role.class);
    private final Map<Role, Map<String, String>> ids = new EnumMap<>(Role.class);
    private final Map<Role, Map<String, String>> othersIds = new EnumMap<>(Role.class);
    /** A stand-in for ids the suite has no real value for: a well-formed UUID of nothing. */
    private final String nothing = UUID.randomUUID().toString();

    /** How the role authenticates to the API, asked for each request (a token is renewed before it runs out). */
    Actors api(Role role, Supplier<String> authorization) {
        apiAuthorization.put(role, authorization);
        return this;
    }

    Actors page(Role role, String cookies, String formToken) {
        Map<String, String> jar = new LinkedHashMap<>();
        for (String cookie : cookies.split(";\\s*")) {
            if (cookie.contains("=")) {
                jar.put(cookie.substring(0, cookie.indexOf('=')), cookie.substring(cookie.indexOf('=') + 1));
            }
        }
        pageCookies.put(role, jar);
        if (formToken != null) {
            csrf.put(role, formToken);
        }
        return this;
    }

    /**
     * Keeps what the service set on the role's page session, as a browser would: the sign-in session renews its tokens
     * in a new cookie, and the old one's refresh token may not be used twice.
     */
    synchronized void keepCookies(Role role, List<String> setCookies) {
        Map<String, String> jar = pageCookies.get(role);
        if (jar == null) {
            return;
        }
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                String name = pair.substring(0, equals).trim();
                String value = pair.substring(equals + 1).trim();
                if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
        }
    }

    Actors id(Role role, String param, String value) {
        ids.computeIfAbsent(role, r -> new HashMap<>()).put(param, value);
        return this;
    }

    Actors othersId(Role role, String param, String value) {
        othersIds.computeIfAbsent(role, r -> new HashMap<>()).put(param, value);
        return this;
    }

    /** The Authorization header the role sends to the API, or null (nobody). */
    String apiAuthorization(Role role) {
        Supplier<String> authorization = apiAuthorization.get(role);
        return authorization == null ? null : authorization.get();
    }

    /** The Cookie header of the role's page session, or null. */
    synchronized String pageCookies(Role role) {
        Map<String, String> jar = pageCookies.get(role);
        return jar == null ? null : jar.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The form token of the role's page session, or null where it has none. */
    String csrf(Role role) {
        return csrf.get(role);
    }

    /** The operation's path with the role's own ids in it. */
    String path(Operation op, Role role) {
        return fill(op, role, Map.of());
    }

    /** The operation's path with the role's own ids, except {@code param}, which is {@code raw} exactly. */
    String pathWith(Operation op, Role role, String param, String raw) {
        return fill(op, role, Map.of(param, raw));
    }

    /** The operation's path with another survivor's ids wherever the suite has one for this role. */
    String othersPath(Operation op, Role role) {
        return fill(op, role, othersIds.getOrDefault(role, Map.of()));
    }

    /** True when the role has another survivor's id for one of the operation's path parameters. */
    boolean hasOthersIdFor(Operation op, Role role) {
        Map<String, String> others = othersIds.getOrDefault(role, Map.of());
        return op.pathParams().stream().anyMatch(p -> others.containsKey(p.name()));
    }

    private String fill(Operation op, Role role, Map<String, String> overrides) {
        String path = op.path();
        for (Operation.Param param : op.pathParams()) {
            String value = overrides.containsKey(param.name()) ? overrides.get(param.name())
                    : ids.getOrDefault(role, Map.of()).getOrDefault(param.name(),
                            ids.getOrDefault(Role.NONE, Map.of()).getOrDefault(param.name(),
                                    param.isInteger() ? "1" : nothing));
            path = path.replace("{" + param.name() + "}", value);
        }
        return path;
    }
}
