package org.safeguarding.portal.browser;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.ws.rs.POST;

/**
 * The service's POST routes, read from its compiled JAX-RS resources (target/classes, as EndpointRolesConventionTest
 * reads them): class {@code @Path} plus method {@code @Path}, each {@code {name}} a segment and each
 * {@code {name: regex}} its regex. {@link LinkWalk} checks a POST form's action against them instead of submitting
 * the form: over HTTP nothing tells a POST route from a missing one without sending a POST (the CSRF filter refuses
 * a POST without its token before routing, and an OPTIONS answers with every method of the resource class).
 */
final class PostRoutes {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w+\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?\\}");

    private final List<Pattern> routes = new ArrayList<>();

    private PostRoutes() {
    }

    static PostRoutes ofCompiledResources() throws IOException {
        PostRoutes found = new PostRoutes();
        Path classes = Path.of("target", "classes");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type;
            try {
                type = Class.forName(name, false, PostRoutes.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(POST.class)) {
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    found.routes.add(regex(join(root.value(), sub == null ? "" : sub.value())));
                }
            }
        }
        if (found.routes.isEmpty()) {
            // Guards the guard: a scan that found nothing would call every form's target missing, or hide a bug.
            throw new IllegalStateException("no POST routes found in " + classes.toAbsolutePath());
        }
        return found;
    }

    /** Whether a POST to this path (no query) reaches one of the service's POST methods. */
    boolean takesPost(String path) {
        return routes.stream().anyMatch(route -> route.matcher(path).matches());
    }

    private static String join(String root, String sub) {
        String path = "/" + root.replaceAll("^/+|/+$", "") + (sub.isBlank() ? "" : "/" + sub.replaceAll("^/+|/+$", ""));
        return path.length() > 1 ? path.replaceAll("/+$", "") : path;
    }

    private static Pattern regex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            regex.append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1).strip()).append(')');
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex + "/?");
    }
}
