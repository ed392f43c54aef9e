package org.safeguarding.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * A request that matches no page, API or static file gets the generic "page not found" (HTML or problem JSON)
 * instead of the HTTP server's bare default.
 */
@ApplicationScoped
class NotFoundRoute {

    void install(@Observes Router router, ErrorPages errorPages) {
        router.route().order(Integer.MAX_VALUE).handler(routing -> {
            if (routing.response().ended()) {
                return;
            }
            boolean api = routing.normalizedPath().startsWith("/api/");
            routing.response().setStatusCode(404)
                    .putHeader(HttpHeaders.CONTENT_TYPE, api ? Problem.MEDIA_TYPE : "text/html;charset=UTF-8")
                    .end(api ? "{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404}"
                            : errorPages.html(404, null));
        });
    }
}
