package org.safeguarding.portal.security.origin;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Path;

import io.quarkus.arc.Arc;

/**
 * The route template a path answers to ({@code /api/v1/me/cases/{id}}), for security events: a request refused before
 * it reached its resource (a 401 at sign-in) has no matched template of its own, and the raw path may carry anything
 * the client typed. Built once from the {@code @Path} annotations of the resources; a path none matches is
 * {@link #UNMATCHED}.
 */
final class RouteTemplates {

    static final String UNMATCHED = "(no route)";
    /** {@code {name}} or {@code {name: regex}}, where the regex may hold a {@code {n,m}} of its own. */
    private static final Pattern PARAMETER = Pattern
            .compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?\\}");

    private final List<Route> routes;

    RouteTemplates(List<String> templates) {
        List<Route> parsed = new ArrayList<>();
        for (String template : templates) {
            parsed.add(Route.of(template));
        }
        // As JAX-RS chooses: the template with the most literal characters first, then the most parameters.
        parsed.sort(Comparator.comparingInt(Route::literals).reversed().thenComparing(Comparator.comparingInt(
                Route::parameters).reversed()));
        this.routes = List.copyOf(parsed);
    }

    /** The templates of every resource bean in the running service. */
    static RouteTemplates ofResources() {
        List<String> templates = new ArrayList<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            templates.add(join(root.value(), ""));
            for (Method method : type.getDeclaredMethods()) {
                Path path = method.getAnnotation(Path.class);
                if (path != null) {
                    templates.add(join(root.value(), path.value()));
                }
            }
        }
        return new RouteTemplates(templates);
    }

    /** The template the path answers to, or {@link #UNMATCHED}. */
    String templateOf(String path) {
        if (path == null) {
            return UNMATCHED;
        }
        String normalised = path.replaceAll("/+$", "");
        for (Route route : routes) {
            if (route.pattern().matcher(normalised.isEmpty() ? "/" : normalised).matches()) {
                return route.template();
            }
        }
        return UNMATCHED;
    }

    static String join(String root, String sub) {
        String joined = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private record Route(String template, Pattern pattern, int literals, int parameters) {

        static Route of(String template) {
            StringBuilder regex = new StringBuilder();
            Matcher parameter = PARAMETER.matcher(template);
            int last = 0;
            int literals = 0;
            int parameters = 0;
            String display = PARAMETER.matcher(template)
                    .replaceAll(m -> Matcher.quoteReplacement("{" + m.group(1) + "}"));
            while (parameter.find()) {
                String literal = template.substring(last, parameter.start());
                regex.append(Pattern.quote(literal));
                literals += literal.length();
                regex.append(parameter.group(2) != null ? "(?:" + parameter.group(2).trim() + ")" : "[^/]+");
                parameters++;
                last = parameter.end();
            }
            String tail = template.substring(last);
            regex.append(Pattern.quote(tail));
            literals += tail.length();
            return new Route(display, Pattern.compile(regex.toString()), literals, parameters);
        }
    }
}
