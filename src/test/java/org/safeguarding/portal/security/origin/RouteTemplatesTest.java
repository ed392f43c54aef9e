package org.safeguarding.portal.security.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A path is named by the template it answers to, as JAX-RS would match it; what was typed in it is never kept. */
class RouteTemplatesTest {

    private final RouteTemplates routes = new RouteTemplates(List.of("/api/v1/cases", "/api/v1/cases/{id}",
            "/api/v1/cases/break-glass", "/api/v1/cases/{id}/notes/{noteId}", "/my/tell-us/{step:[0-9]+}",
            "/my/tell-us/check", "/board/{period}/tables/{table: [a-z-]+}.csv", "/"));

    @Test
    void parametersAreNamedAndLiteralsWin() {
        assertEquals("/api/v1/cases/{id}", routes.templateOf("/api/v1/cases/3f2c0c55-0000-4000-8000-000000000001"));
        assertEquals("/api/v1/cases/break-glass", routes.templateOf("/api/v1/cases/break-glass"));
        assertEquals("/api/v1/cases/{id}/notes/{noteId}", routes.templateOf("/api/v1/cases/a/notes/b"));
        assertEquals("/api/v1/cases", routes.templateOf("/api/v1/cases/"));
        assertEquals("/", routes.templateOf("/"));
    }

    @Test
    void aParametersOwnPatternDecides() {
        assertEquals("/my/tell-us/{step}", routes.templateOf("/my/tell-us/3"));
        assertEquals("/my/tell-us/check", routes.templateOf("/my/tell-us/check"));
        assertEquals(RouteTemplates.UNMATCHED, routes.templateOf("/my/tell-us/Canary"));
        assertEquals("/board/{period}/tables/{table}.csv", routes.templateOf("/board/2025-04/tables/by-area.csv"));
    }

    @Test
    void aPathNoRouteAnswersIsNotRepeated() {
        assertEquals(RouteTemplates.UNMATCHED, routes.templateOf("/../../etc/passwd"));
        assertEquals(RouteTemplates.UNMATCHED, routes.templateOf(null));
    }

    @Test
    void templatesJoinWithOneSlash() {
        assertEquals("/api/v1/me/cases/{id}", RouteTemplates.join("/api/v1/me/cases", "{id}"));
        assertEquals("/receipt", RouteTemplates.join("/receipt", ""));
        assertEquals("/home", RouteTemplates.join("/", "/home"));
    }
}
